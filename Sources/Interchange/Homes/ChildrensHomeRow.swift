import CareModel

/// Column names of homes.csv (see `ChildrensHomeReader`).
enum ChildrensHomeColumns {
    static let home = "home", name = "name", kind = "kind", beds = "beds"
    static let required = [home, name, kind, beds]
    static let urn = "urn", registered = "registered", plannedOpening = "planned_opening"
    static let registrationStage = "registration_stage", weeklyBedPrice = "weekly_bed_price"
    static let contractStart = "contract_start", contractEnd = "contract_end", postcode = "postcode"
    static let authority = ["la", "authority"]
    /// Every column, in the order `SupplyCSVWriter` writes them.
    static let all =
        required + [
            urn, registered, plannedOpening, registrationStage, weeklyBedPrice, contractStart, contractEnd,
            postcode, "la",
        ]
    /// A home or block contract has 1 to 100 beds: children's homes are small (most have two to six), and
    /// the cap keeps a mistyped number from becoming hundreds of beds.
    static let bedRange = 1...100
}

/// One row of homes.csv read and checked on its own: a council home needs its registration or planned
/// opening, a block contract its bed price and start, and an Ofsted URN has Ofsted's shape.
enum ChildrensHomeRow {
    typealias C = ChildrensHomeColumns

    /// Reads row `r.index`; `nil` (with the problems in `r`) when any field is wrong.
    static func read(_ r: inout TableRowReader, defaultAuthority: AuthorityCode) -> ChildrensHome? {
        let authority = r.firstText(C.authority) ?? defaultAuthority
        let id = r.required(C.home), name = r.required(C.name)
        let kind = r.choice(C.kind, "a kind of home", required: true, as: ChildrensHome.Kind.self)
        let beds = r.whole(C.beds, in: C.bedRange, required: true)
        let urn = r.value(C.urn, expected: "an Ofsted URN (SC and 6 digits, e.g. SC123456, or 7 digits)", ofstedURN)
        let registered = r.day(C.registered), planned = r.day(C.plannedOpening)
        let price = r.money(C.weeklyBedPrice)
        let start = r.day(C.contractStart), end = r.day(C.contractEnd)
        let postcode = r.postcode(C.postcode)
        if let kind { check(&r, kind: kind) }
        if let start, let end, end < start {
            r.problem(C.contractEnd, "\(end.iso) is before contract_start \(start.iso)")
        }
        guard r.problems.isEmpty, let id, let name, let kind, let beds else { return nil }
        return ChildrensHome(
            authority: authority, id: id, name: name, kind: kind, beds: beds, urn: urn, registered: registered,
            plannedOpening: planned, registrationStage: r.text(C.registrationStage), weeklyBedPrice: price,
            contractStart: start, contractEnd: end, postcode: postcode)
    }

    /// What each kind needs: a block contract its price per bed and its start (beds are paid for from then,
    /// filled or not); a council home the day it was registered or is planned to open.
    private static func check(_ r: inout TableRowReader, kind: ChildrensHome.Kind) {
        switch kind {
        case .block:
            for column in [C.weeklyBedPrice, C.contractStart] where !r.isGiven(column) {
                r.problem(column, "is blank; a block contract needs it")
            }
        case .council:
            if !r.isGiven(C.registered) && !r.isGiven(C.plannedOpening) {
                r.problem(C.registered, "is blank and so is \(C.plannedOpening); a council home needs one of them")
            }
        }
    }

    /// An Ofsted URN in capitals: "SC" and 6 digits (children's homes), or 7 digits (newer registrations).
    static func ofstedURN(_ text: String) -> String? {
        let urn = text.uppercased()
        let digits = urn.hasPrefix("SC") ? urn.dropFirst(2) : Substring(urn)
        let count = urn.hasPrefix("SC") ? 6 : 7
        return digits.count == count && digits.allSatisfy({ $0.isASCII && $0.isNumber }) ? urn : nil
    }
}
