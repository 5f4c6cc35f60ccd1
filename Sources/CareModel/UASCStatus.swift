/// That a child is or was an unaccompanied asylum-seeking child (UASC), from the 903's UASC table or the
/// `UASC` column of newer Header files, and the day that status ceased (DUC) when a return gave one.
///
/// DUC is usually the day before the child turns 18: the status describes the child's claim, and a child
/// who stays looked after past DUC is counted as UASC only until then, as DfE statistics count them.
public struct UASCStatus: Hashable, Sendable, Codable {
    /// DUC: the day the child stopped being UASC; `nil` when no return has said.
    public var ceased: Day?

    public init(ceased: Day? = nil) {
        self.ceased = ceased
    }

    /// Whether the status still held on `day` (it holds up to, not on, the day it ceased).
    public func holds(on day: Day) -> Bool {
        ceased.map { day < $0 } ?? true
    }
}
