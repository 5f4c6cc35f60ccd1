import CareModel

/// Column names of plans.csv (see `ProgrammeRegisterReader`).
enum PlanColumns {
    static let plan = "plan", programme = "programme", child = "child", identified = "identified"
    static let destination = "destination", targetWeekly = "target_weekly", targetDate = "target_date"
    static let required = [plan, programme, child, identified, destination, targetWeekly, targetDate]
    static let firstTargetDate = "first_target_date", oneOffCost = "one_off_cost", owner = "owner"
    static let authority = ["la", "authority"]
    /// Every column, in the order `ProgrammeCSVWriter` writes them.
    static let all = required + [firstTargetDate, oneOffCost, owner, "la"]
    /// The most characters a child's reference has: the SSDA903 CHILD ID is up to 10 characters.
    static let childLength = 10
}

/// One row of plans.csv read and checked on its own: the plan, and the row it came from. Whether its
/// programme is in programmes.csv is checked as the row is read (`KnownReferences`); its statuses are
/// attached afterwards (`ProgrammeRegisterBuilder`).
struct PlanRow {
    var row: Int
    var plan: ProgrammePlan

    var key: RegisterKey { RegisterKey(authority: plan.authority, id: plan.id) }
}

extension PlanRow {
    typealias C = PlanColumns

    /// Reads row `r.index`; `nil` (with the problems in `r`) when any field is wrong.
    static func read(_ r: inout TableRowReader, defaultAuthority: AuthorityCode) -> PlanRow? {
        let authority = r.firstText(C.authority) ?? defaultAuthority
        let id = r.required(C.plan), programme = r.required(C.programme)
        let child = readChild(&r)
        let identified = r.day(C.identified, required: true)
        let destination = readDestination(&r)
        let weekly = r.money(C.targetWeekly, required: true)
        let target = r.day(C.targetDate, required: true), first = r.day(C.firstTargetDate)
        let oneOff = r.money(C.oneOffCost)
        if let identified {
            for (column, day) in [(C.targetDate, target), (C.firstTargetDate, first)] {
                if let day, day < identified { r.problem(column, "\(day.iso) is before identified \(identified.iso)") }
            }
        }
        guard r.problems.isEmpty, let id, let programme, let child, let identified, let destination, let weekly,
            let target
        else { return nil }
        let plan = ProgrammePlan(
            authority: authority, id: id, programme: programme, child: child, identified: identified,
            destination: destination, targetWeekly: weekly, firstTargetDate: first ?? target, targetDate: target,
            oneOffCost: oneOff ?? .zero, owner: r.text(C.owner))
        return PlanRow(row: r.row, plan: plan)
    }

    /// The child's SSDA903 CHILD reference: given, and no longer than the return allows.
    private static func readChild(_ r: inout TableRowReader) -> String? {
        guard let child = r.required(C.child) else { return nil }
        guard child.count <= C.childLength else {
            r.problem(C.child, "'\(child)' has \(child.count) characters; a CHILD ID has at most \(C.childLength)")
            return nil
        }
        return child
    }

    /// Where the plan means the child to go: a kind of home's code, or leaves-care; in any case, with a
    /// space or `_` taken as `-`.
    private static func readDestination(_ r: inout TableRowReader) -> PlanDestination? {
        guard let text = r.required(C.destination) else { return nil }
        if let destination = PlanDestination(code: TableRowReader.codeKey(text)) { return destination }
        let codes = PlacementCategory.allCases.map(\.rawValue) + [PlanDestination.leavesCare.code]
        r.problem(
            C.destination, "'\(text)' is not a plan destination (expected one of \(codes.joined(separator: ", ")))")
        return nil
    }
}
