import CareModel

/// The group of children a page or an API call asks for, read from its query string. One reader for the
/// overview, the projection form and the API, so that a value one of them refuses none of them quietly takes,
/// and a bad value is always reported rather than read as "every child".
extension ChildGroup {
    /// What the three parts are called in a query string: the pages' forms write `age-band` (like their other
    /// fields), the API `age_band` (snake_case, like its other names).
    struct QueryNames: Hashable, Sendable {
        var sex = "sex"
        var uasc = "uasc"
        var ageBand: String

        static let form = QueryNames(ageBand: "age-band")
        static let api = QueryNames(ageBand: "age_band")
    }

    /// A part given a value that is not one of its choices: the parameter's name, what a person should do
    /// (for a page's error message) and the values allowed (for the API's).
    struct QueryProblem: Hashable, Sendable {
        var field: String
        var message: String
        var allowed: [String]
    }

    /// The choices of each part as a query writes them.
    static let sexCodes = [Sex.female, .male, .unknown].map(\.rawValue)
    static let uascCodes = UASC.allCases.map(\.rawValue)
    static let ageBandCodes = AgeBand.allCases.map(\.rawValue)

    /// The group `parameters` ask for, and a problem for each part whose value is not one of its choices. A
    /// missing or empty value takes everyone, as a form's "All" option sends an empty one.
    static func parsed(from parameters: [String: String], names: QueryNames) -> (
        group: ChildGroup, problems: [QueryProblem]
    ) {
        var problems: [QueryProblem] = []
        func read<T>(_ name: String, _ make: (String) -> T?, _ message: String, _ allowed: [String]) -> T? {
            guard let text = parameters[name], !text.isEmpty else { return nil }
            if let value = make(text) { return value }
            problems.append(QueryProblem(field: name, message: message, allowed: allowed))
            return nil
        }
        let group = ChildGroup(
            sex: read(names.sex, Sex.init(rawValue:), "Choose a sex from the list.", sexCodes),
            uasc: read(names.uasc, UASC.init(rawValue:), "Choose all children, UASC or not UASC.", uascCodes),
            ageBand: read(names.ageBand, AgeBand.init(rawValue:), "Choose an age band from the list.", ageBandCodes))
        return (group, problems)
    }

    /// The group's parts as a query writes them (`nil`: not chosen), by the names given.
    func queryValues(_ names: QueryNames) -> [String: String] {
        var values: [String: String] = [:]
        values[names.sex] = sex?.rawValue
        values[names.uasc] = uasc?.rawValue
        values[names.ageBand] = ageBand?.rawValue
        return values
    }

    /// Of this group, the children who are unaccompanied asylum-seeking children, for "of whom UASC" lines;
    /// `nil` for a group of children who are not UASC, of whom none are.
    var uascPart: ChildGroup? {
        guard uasc != .notUASC else { return nil }
        var part = self
        part.uasc = .uasc
        return part
    }
}
