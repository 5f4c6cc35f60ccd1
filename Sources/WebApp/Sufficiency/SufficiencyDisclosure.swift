import CareModel
import Forecasting

/// Small-number suppression on the sufficiency gap (`SmallNumbers`), one rule for the page and the API.
/// Demand and shortfall are expected numbers of children — the children needing a kind of home, and those
/// placed with the market instead — so one that rounds to 1 to 5 is hidden like a count. Places are homes,
/// not children, and stay shown; so, in a month where either number is hidden, both are, with the cost:
/// demand − places is the shortfall, and the cost divided by the market price is the shortfall too.
struct SufficiencyDisclosure: Sendable {
    var disclosure: Disclosure

    init(_ disclosure: Disclosure) {
        self.disclosure = disclosure
    }

    /// Whether the month's demand, shortfall and cost are hidden from the reader.
    func hides(_ row: SufficiencyGap.Row) -> Bool {
        !disclosure.shows(expected: row.demand) || !disclosure.shows(expected: row.shortfall)
    }

    /// Whether any of `rows` is hidden: then so are their total cost and a chart line of their demand,
    /// which would show roughly how small the hidden months were.
    func hidesAny(_ rows: [SufficiencyGap.Row]) -> Bool {
        rows.contains(where: hides)
    }

    /// What a hidden expected number shows instead: "fewer than 6" when it is the small one, "not shown"
    /// when it is hidden because the month's other number is.
    func hidden(_ value: Double) -> String {
        disclosure.shows(expected: value) ? SmallNumbers.notShown : SmallNumbers.fewer
    }
}
