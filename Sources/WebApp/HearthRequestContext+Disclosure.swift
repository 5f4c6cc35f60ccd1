import CareModel
import Storage

extension HearthRequestContext {
    /// How much of the numbers about children this request's account may see (`SmallNumbers`): the
    /// read-only role (elected members, scrutiny, dashboards) sees small numbers suppressed; every other
    /// role is the council's own officers, whose reports show real numbers. A request nobody signed in to
    /// reaches no page with numbers, but would get the cautious answer.
    var disclosure: Disclosure {
        guard let role = identity?.role else { return .suppressSmallNumbers }
        return role == .readOnly ? .suppressSmallNumbers : .full
    }
}
