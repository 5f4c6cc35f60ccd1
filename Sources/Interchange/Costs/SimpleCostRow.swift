import CareModel

/// Column names of the simple costs layout (see `PlacementCostReader`).
enum SimpleCostColumns {
    static let child = "child", placementStart = "placement_start", placementEnd = "placement_end"
    static let place = "place", providerType = "provider_type", budgetLine = "budget_line"
    static let weeklyCost = "weekly_cost", effectiveFrom = "effective_from"
    static let required = [
        child, placementStart, placementEnd, place, providerType, budgetLine, weeklyCost,
        effectiveFrom,
    ]
    static let authority = ["la", "authority"]
    static let plannedEnd = "planned_end", urn = "urn", providerName = "provider_name"
    static let registration = "registration", route = "procurement_route", change = "change"
    static let health = "health_contribution", education = "education_contribution"
    static let contributionDetail = "contribution_detail", continuesPast18 = "continues_past_18"
    static let carer = "carer"
}

/// One row of the simple layout: one price of one placement, read and checked on its own.
struct SimpleCostRow: Sendable {
    var row: Int
    var child: ChildKey
    var placementStart: Day
    var placementEnd: Day?
    var plannedEnd: Day?
    var place: PlacementType
    var providerType: PlacementProvider?
    var budgetLine: String?
    var weekly: Money
    var effectiveFrom: Day
    var change: WeeklyRate.Change?
    var urn: String?
    var providerName: String?
    var registration: RegistrationStatus?
    var route: ProcurementRoute?
    var health: Money?
    var education: Money?
    var contributionDetail: String?
    var continuesPast18: Bool?
    var carer: String?

    /// The placement the row belongs to.
    var placementKey: PlacementKey { PlacementKey(child: child, start: placementStart) }
}

/// A placement's identity in a costs file: the child and the day the placement started.
struct PlacementKey: Hashable, Sendable {
    var child: ChildKey
    var start: Day
}

extension SimpleCostRow {
    typealias C = SimpleCostColumns

    /// Reads row `r.index`; `nil` (with the problems in `r`) when any field is wrong.
    static func read(_ r: inout TableRowReader, defaultAuthority: AuthorityCode) -> SimpleCostRow? {
        let authority = r.firstText(C.authority) ?? defaultAuthority
        let child = r.required(C.child)
        let start = r.day(C.placementStart, required: true), end = r.day(C.placementEnd)
        let planned = r.day(C.plannedEnd)
        let place: PlacementType? = r.code(C.place, required: true)
        let provider: PlacementProvider? = r.code(C.providerType)
        let weekly = r.money(C.weeklyCost, required: true)
        let from = r.day(C.effectiveFrom, required: true)
        let extras = Extras.read(&r)
        checkDates(&r, start: start, end: end, planned: planned, from: from)
        guard r.problems.isEmpty, let child, let start, let place, let weekly, let from else { return nil }
        return SimpleCostRow(
            row: r.row, child: ChildKey(authority: authority, child: child), placementStart: start,
            placementEnd: end, plannedEnd: planned, place: place, providerType: provider,
            budgetLine: r.text(C.budgetLine), weekly: weekly, effectiveFrom: from, change: extras.change,
            urn: r.text(C.urn), providerName: r.text(C.providerName), registration: extras.registration,
            route: extras.route, health: extras.health, education: extras.education,
            contributionDetail: r.text(C.contributionDetail), continuesPast18: extras.continuesPast18,
            carer: r.text(C.carer))
    }

    private static func checkDates(_ r: inout TableRowReader, start: Day?, end: Day?, planned: Day?, from: Day?) {
        guard let start else { return }
        if let end, end < start { r.problem(C.placementEnd, "\(end.iso) is before placement_start \(start.iso)") }
        if let planned, planned < start {
            r.problem(C.plannedEnd, "\(planned.iso) is before placement_start \(start.iso)")
        }
        if let from, from < start {
            r.problem(
                C.effectiveFrom,
                "\(from.iso) is before placement_start \(start.iso): a price cannot apply "
                    + "before the placement began")
        }
        if let from, let end, from > end {
            r.problem(C.effectiveFrom, "\(from.iso) is after placement_end \(end.iso)")
        }
    }

    /// The optional columns that need more than a text read.
    private struct Extras {
        var change: WeeklyRate.Change?
        var registration: RegistrationStatus?
        var route: ProcurementRoute?
        var health: Money?
        var education: Money?
        var continuesPast18: Bool?

        static func read(_ r: inout TableRowReader) -> Extras {
            Extras(
                change: r.value(
                    C.change, expected: "a change (agreed, uplift, additional-support, step-down, correction)",
                    changeFromText),
                registration: r.value(C.registration, expected: "a registration (ofsted, cqc, unregistered)") {
                    RegistrationStatus(text: $0)
                },
                route: r.value(C.route, expected: "a procurement route (in-house, block, framework, spot)") {
                    ProcurementRoute(text: $0)
                },
                health: r.money(C.health), education: r.money(C.education),
                continuesPast18: r.value(C.continuesPast18, expected: "yes or no", yesOrNo))
        }
    }

    static func changeFromText(_ text: String) -> WeeklyRate.Change? {
        let t = String(text.lowercased().map { $0 == " " || $0 == "_" ? "-" : $0 })
        return WeeklyRate.Change(rawValue: t)
    }

    static func yesOrNo(_ text: String) -> Bool? {
        switch text.lowercased() {
        case "yes", "y", "true", "1": true
        case "no", "n", "false", "0": false
        default: nil
        }
    }
}
