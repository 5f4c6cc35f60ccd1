import CareModel
import Hummingbird

/// The query parameters of an API call, checked strictly: a misspelt or malformed parameter is answered
/// 400 with the rule, rather than quietly ignored and answered with numbers for something else.
struct APIQuery: Sendable {
    /// The first value of each name.
    let parameters: [String: String]
    /// Every value of each name, in the order given: for the one parameter a route takes more than once
    /// (`neighbour` on /api/v1/homes).
    let repeated: [String: [String]]

    init(_ request: Request) {
        let pairs = request.uri.queryParameters.map { (name: String($0.key), value: String($0.value)) }
        parameters = Dictionary(pairs.map { ($0.name, $0.value) }, uniquingKeysWith: { first, _ in first })
        repeated = Dictionary(grouping: pairs, by: { $0.name }).mapValues { $0.map { $0.value } }
    }

    /// The parameters that choose a group of children (`group()`), which the summary and projection take.
    static let groupNames = ["sex", "uasc", "age_band"]

    /// Throws unless every parameter given is one of `names`.
    func only(_ names: [String]) throws(APIParameterError) {
        guard let unknown = parameters.keys.sorted().first(where: { !names.contains($0) }) else { return }
        throw APIParameterError(
            "'\(unknown)' is not a parameter of this route; it takes: \(names.joined(separator: ", ")).")
    }

    /// The authority (`la`), or `nil` for every authority in the database.
    var la: AuthorityCode? { parameters["la"].flatMap { $0.isEmpty ? nil : $0 } }

    /// A day written YYYY-MM-DD, or `nil` when not given.
    func day(_ name: String) throws(APIParameterError) -> Day? {
        guard let text = parameters[name], !text.isEmpty else { return nil }
        guard let day = Day(iso: text) else {
            throw APIParameterError("\(name) must be a date written YYYY-MM-DD, like 2025-03-31.")
        }
        return day
    }

    /// A month written YYYY-MM, or `nil` when not given.
    func period(_ name: String) throws(APIParameterError) -> Period? {
        guard let text = parameters[name], !text.isEmpty else { return nil }
        guard let period = Period(calendarMonth: text) else {
            throw APIParameterError("\(name) must be a year and month written YYYY-MM, like 2024-12.")
        }
        return period
    }

    /// The group of children asked for by `sex`, `uasc` and `age_band` (everyone when none is given).
    func group() throws(APIParameterError) -> ChildGroup {
        let (group, problems) = ChildGroup.parsed(from: parameters, names: .api)
        if let problem = problems.first {
            throw APIParameterError(
                "\(problem.field) must be one of \(problem.allowed.joined(separator: ", ")), or left out for every child."
            )
        }
        return group
    }

    /// A whole number in `range`, or `nil` when not given.
    func int(_ name: String, in range: ClosedRange<Int>) throws(APIParameterError) -> Int? {
        guard let text = parameters[name], !text.isEmpty else { return nil }
        guard let value = Int(text), range.contains(value) else {
            throw APIParameterError("\(name) must be a whole number from \(range.lowerBound) to \(range.upperBound).")
        }
        return value
    }
}

/// A parameter the caller got wrong: answered 400 with `message`.
struct APIParameterError: Error, Sendable {
    var message: String
    init(_ message: String) { self.message = message }
}
