import CareModel
import Forecasting

/// Which children the projection is about: sex, UASC and age band, as the regional model's filters offer,
/// read by the same reader as the overview and the API (`ChildGroup+Query.swift`).
extension ProjectionForm {
    /// The group's fields, in the order the form shows them.
    static let groupFields = ["sex", "uasc", "age-band"]

    /// The group's fields as typed, by name.
    var groupValues: [String: String] { ["sex": sex, "uasc": uasc, "age-band": ageBand] }

    /// The group asked for, adding a problem for each value that is not one of its choices, and for an age
    /// band with the Monte-Carlo method (checked here as well as by the settings, so that every problem is
    /// listed at once).
    func childGroup(method: DemandProjectionSettings.Method?, into problems: inout [Problem]) -> ChildGroup {
        let (group, refused) = ChildGroup.parsed(from: groupValues, names: .form)
        problems += refused.map { Problem(field: $0.field, message: $0.message) }
        if group.ageBand != nil, method == .montecarlo { problems.append(Self.problem(.ageBandNeedsMarkov)) }
        return group
    }

    /// The three selects, each with its problem beside it.
    func groupFieldset(_ problems: [Problem]) -> Node {
        var fields = ChildGroupFields(values: groupValues, problems: [])
        for problem in problems where Self.groupFields.contains(problem.field) && fields.errors[problem.field] == nil {
            fields.errors[problem.field] = problem.message
        }
        return fields.node(
            legend: "Which children",
            hint:
                "Sex and UASC choose the children the rates are learnt from (UASC: ever recorded as unaccompanied "
                + "and seeking asylum). An age band counts only the children in it at each month end, as they "
                + "grow into and out of it; it works with the stock-and-flow method only.")
    }

    /// A group with nobody in it: said on the group's first chosen field, as that is what to change.
    static func noChildren(in group: ChildGroup) -> Problem {
        Problem(
            field: group.sex != nil ? "sex" : group.uasc != nil ? "uasc" : "age-band",
            message: "There are no children to project from in this group (\(group.label)). Choose other children.")
    }
}
