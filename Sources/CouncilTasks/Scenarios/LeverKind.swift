import CareModel
import Forecasting

/// The levers a scenario can pull, by the name the command line and the form use, with their fields.
public enum LeverKind: String, Sendable, Hashable, CaseIterable, Codable {
    case recruit
    case openHome = "open-home"
    case block
    case stepDown = "step-down"
    case entries
    case priceUplift = "price-uplift"
    case rate

    public var label: String {
        switch self {
        case .recruit: "Recruit foster households"
        case .openHome: "Open a children's home"
        case .block: "Block contract"
        case .stepDown: "Step children down"
        case .entries: "Change entries into care"
        case .priceUplift: "Price uplift"
        case .rate: "Rate adjustment"
        }
    }

    /// The fields, required first; each is `name=value` on the command line and a form field
    /// `<kind>-<name>` on the page.
    public var fields: [LeverField] {
        switch self {
        case .recruit: [.households, .by, .places, .instead, .cost]
        case .openHome: [.beds, .opens, .weekly, .capital, .ramp, .delay, .spread, .children, .highest, .ages]
        case .block: [.beds, .from, .weekly, .until]
        case .stepDown: [.perMonth, .from, .to, .weekly, .children, .highest, .ages]
        case .entries: [.percent, .from]
        case .priceUplift: [.kind, .percent, .from]
        case .rate: [.fromState, .toState, .multiply, .add]
        }
    }

    public init(_ lever: Lever) {
        switch lever {
        case .recruit: self = .recruit
        case .openHome: self = .openHome
        case .block: self = .block
        case .stepDown: self = .stepDown
        case .entries: self = .entries
        case .priceUplift: self = .priceUplift
        case .rates: self = .rate
        }
    }
}

/// One field of a lever.
public enum LeverField: String, Sendable, Hashable, CaseIterable {
    case households, by, places, instead, cost, beds, opens, weekly, capital, ramp, delay, spread, children, highest,
        ages
    case from, until, to, percent, kind, multiply, add
    case perMonth = "per-month"
    case fromState = "from-state"
    case toState = "to-state"

    /// What to enter, in plain words.
    public var hint: String {
        switch self {
        case .households: "Number of households"
        case .by: "Approved by (YYYY-MM-DD)"
        case .places: "Places in each household (default 1)"
        case .instead: "Children come from: fostering-ifa (agency foster homes) or residential-external"
        case .cost: "Recruitment cost per household, £"
        case .beds: "Beds"
        case .opens: "Opens on (YYYY-MM-DD)"
        case .weekly: "Weekly cost, £"
        case .capital: "Capital cost, £ (once)"
        case .ramp: "Months to fill the beds (0: at once)"
        case .delay: "Registration delay, days"
        case .spread: "Give or take, days"
        case .children: "Children's references, separated by spaces or ;"
        case .highest: "Or: the N highest-cost children"
        case .ages: "Their ages, e.g. 8-16"
        case .from: "From (YYYY-MM-DD)"
        case .until: "Until (YYYY-MM-DD, optional)"
        case .to: "To: fostering-in-house, fostering-ifa or supported"
        case .percent: "Per cent (negative for fewer)"
        case .kind: "Kind of home: fostering, residential, supported or other"
        case .multiply: "Multiply the rate by"
        case .add: "Or add to the rate"
        case .perMonth: "Children a month"
        case .fromState: "From: kind:ages, e.g. residential:10-16 (or entry for entries into care)"
        case .toState: "To: kind:ages, e.g. fostering:10-16"
        }
    }
}
