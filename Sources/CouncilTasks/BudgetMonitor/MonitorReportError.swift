import CareModel

/// Why the monitor cannot be shown for a chosen authority, in words a finance officer can act on.
public enum MonitorReportError: Error, CustomStringConvertible, Sendable, Equatable {
    case noBudget(authority: AuthorityCode, year: FinancialYear)
    case noCosts(authority: AuthorityCode)

    public var description: String {
        switch self {
        case .noBudget(let authority, let year):
            "Authority \(authority) has no budget for \(year.label): import one with `hearth import budget FILE`."
        case .noCosts(let authority):
            "Authority \(authority) has no placement costs: import them with `hearth import costs FILE`."
        }
    }
}
