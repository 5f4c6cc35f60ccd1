import Hummingbird

/// The areas the homes page's "The market around you" is about: the authority's own local authority area as
/// Ofsted's register names it (`area`, "Plymouth") and the areas around it (`neighbour`, given once for each).
/// The page's GET form and the API take the same parameters, so an address works in both.
///
/// A neighbour is a parameter of its own, repeated, rather than a list with commas, because some of Ofsted's
/// names may hold a comma ("Bristol, City of"). Each name is bounded: no area's name comes near 80 characters
/// and no one needs more than 10 neighbours, so more is a mistake and is refused rather than looked up.
struct MarketArea: Hashable, Sendable {
    /// What is wrong with the names given; the page and the API each say it in their own words.
    enum Fault: Hashable, Sendable {
        case areaTooLong
        /// Neighbours without the area: the market is the area and what is around it.
        case neighboursWithoutArea
        case tooManyNeighbours
        /// The neighbour at this place (from 0) is too long.
        case neighbourTooLong(Int)
    }

    static let longestName = 80
    static let mostNeighbours = 10

    /// The area with its spaces tidied; "" when none was given (the page then shows only the flags).
    var area: String
    /// The neighbours with their spaces tidied, blank ones (the form's empty boxes) left out, in the order given.
    var neighbours: [String]

    init(area: String = "", neighbours: [String] = []) {
        self.area = Self.tidy(area)
        self.neighbours = neighbours.map(Self.tidy).filter { !$0.isEmpty }
    }

    /// The names in a query string, as the page's form sends them: the first `area` and every `neighbour`.
    init(query: Parameters) {
        self.init(area: query.get("area") ?? "", neighbours: query.getAll("neighbour"))
    }

    /// Whether no area was given.
    var isEmpty: Bool { area.isEmpty }

    /// The area and its neighbours, to look up in Ofsted's register.
    var names: Set<String> { isEmpty ? [] : Set([area] + neighbours) }

    /// What is wrong, in the order of the form's fields; nothing when the names may be looked up.
    var faults: [Fault] {
        var faults: [Fault] = []
        if area.count > Self.longestName { faults.append(.areaTooLong) }
        if isEmpty && !neighbours.isEmpty { faults.append(.neighboursWithoutArea) }
        if neighbours.count > Self.mostNeighbours { faults.append(.tooManyNeighbours) }
        // Only the boxes the form shows again can be pointed at.
        for (place, name) in neighbours.prefix(Self.mostNeighbours).enumerated() where name.count > Self.longestName {
            faults.append(.neighbourTooLong(place))
        }
        return faults
    }

    /// The fault as the API's 400 says it, naming its parameters.
    static func apiMessage(_ fault: Fault) -> String {
        switch fault {
        case .areaTooLong: "area must be \(longestName) characters or fewer."
        case .neighboursWithoutArea: "neighbour needs area: the areas around one are only asked about with it."
        case .tooManyNeighbours: "neighbour may be given at most \(mostNeighbours) times."
        case .neighbourTooLong(let place):
            "neighbour \(place + 1) is too long: each must be \(longestName) characters or fewer."
        }
    }

    /// A name with `+` read as a space and its spaces tidied, so it matches Ofsted's spelling as `LocalMarket`
    /// matches it. A browser's form writes a space as `+`, which Hummingbird's query parameters leave as it is
    /// (they decode only `%20`); no area's name has a plus in it.
    static func tidy(_ name: String) -> String {
        name.replacing("+", with: " ").split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
