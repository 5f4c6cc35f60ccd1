import CareModel
import CouncilTasks
import Forecasting

/// One lever of a scenario as the API writes it: its kind (the name the form and `hearth scenario run`
/// use), the kind's label and the lever as a sentence, then its fields by the same names as the form's
/// (snake_case): numbers as numbers, money in pounds, dates ISO. Named children's references are for the roles
/// that see children; for read-only they are `null` (listed in the selection's `suppressed`) and the count
/// and the sentence say how many.
enum APIScenarioLever {
    static func json(_ lever: Lever, namesChildren: Bool) -> JSONValue {
        let kind = LeverKind(lever)
        let head: [(String, JSONValue)] = [
            ("kind", .string(kind.rawValue)), ("label", .string(kind.label)),
            ("summary", .string(ScenarioWording.summary(lever, namesChildren: namesChildren))),
        ]
        return .object(head + fields(lever, namesChildren: namesChildren))
    }

    /// The lever's own fields.
    static func fields(_ lever: Lever, namesChildren: Bool) -> [(String, JSONValue)] {
        switch lever {
        case .recruit(let l):
            [
                ("households", .int(l.households)), ("by", .day(l.by)), ("places", .int(l.placesEach)),
                ("instead", .string(l.instead.rawValue)), ("cost", .money(l.costPerHousehold)),
            ]
        case .openHome(let l): home(l, namesChildren: namesChildren)
        case .block(let l):
            [
                ("beds", .int(l.beds)), ("from", .day(l.from)), ("until", .day(l.until)),
                ("weekly", .money(l.weeklyPrice)),
            ]
        case .stepDown(let l):
            [
                ("per_month", .int(l.perMonth)), ("from", .day(l.from)), ("to", .string(l.to.rawValue)),
                ("weekly", .money(l.targetWeekly)), ("children", children(l.children, namesChildren)),
            ]
        case .entries(let l): [("percent", .decimal(l.percent, places: 1)), ("from", .day(l.from))]
        case .priceUplift(let l):
            [
                ("kind", .string(code(l.kind))), ("percent", .decimal(l.percent, places: 1)),
                ("from", .day(l.from)),
            ]
        case .rates(let adjustments): [("adjustments", .array(adjustments.map(adjustment)))]
        }
    }

    /// A new children's home's fields.
    static func home(_ l: HomeLever, namesChildren: Bool) -> [(String, JSONValue)] {
        [
            ("beds", .int(l.beds)), ("opens", .day(l.opens)), ("weekly", .money(l.weeklyRunningCost)),
            ("capital", .money(l.capitalCost)), ("ramp", .int(l.rampMonths)), ("delay", .int(l.registrationDelayDays)),
            ("spread", .int(l.registrationSpreadDays)), ("children", children(l.children, namesChildren)),
        ]
    }

    /// The children a lever moves: named (their references, for the roles that see children) or the
    /// highest-cost of an age range; `null` for the projection's own children.
    static func children(_ selection: ChildSelection?, _ namesChildren: Bool) -> JSONValue {
        guard let selection else { return .null }
        var object = APIObject()
        switch selection {
        case .named(let references):
            object.add("rule", .string("named"))
            object.add("count", .int(references.count))
            object.add("references", .array(references.map { .string($0) }), shown: namesChildren)
        case .highestCost(let count, let category, let youngest, let oldest):
            object.add("rule", .string("highest-cost"))
            object.add("count", .int(count))
            object.add("category", .string(category.rawValue))
            object.add("youngest", .int(youngest))
            object.add("oldest", .int(oldest))
        }
        return object.json
    }

    /// One rate adjustment: from a state (or entries, `from` null) to a state, multiplied or added to.
    static func adjustment(_ adjustment: RateAdjustment) -> JSONValue {
        let (from, to): (DemandState?, DemandState) =
            switch adjustment.target {
            case .transition(let source, let target): (source, target)
            case .entry(let into): (nil, into)
            }
        let (multiply, add): (Double?, Double?) =
            switch adjustment.change {
            case .multiply(let factor): (factor, nil)
            case .add(let amount): (nil, amount)
            }
        return .object([
            ("from", from.map { state($0) } ?? .null), ("to", state(to)),
            ("multiply", multiply.map { JSONValue.decimal($0, places: 6) } ?? .null),
            ("add", add.map { JSONValue.decimal($0, places: 6) } ?? .null),
        ])
    }

    /// A kind of home and age band: `{"kind": "residential", "ages": "10 to 16"}`.
    static func state(_ state: DemandState) -> JSONValue {
        .object([("kind", .string(code(state.category))), ("ages", .string(state.ageBand.label))])
    }

    /// "residential", "not-in-care": a kind of home as the form writes it.
    static func code(_ category: DemandCategory) -> String {
        category.label.lowercased().replacingOccurrences(of: " ", with: "-")
    }
}
