/// What checking the audit log's hash chain found (`AuditLog.verify()`): how many entries hold together
/// from the first, and the first that does not.
public struct AuditChainReport: Sendable, Equatable {
    /// Which rule a row breaks.
    public enum Reason: String, Sendable, Equatable {
        /// Its hash does not match its fields: it was changed after it was written.
        case changed
        /// Its previous hash is not the hash of the row before it: a row was removed, inserted or reordered.
        case unlinked
        /// It has no hash or no previous hash: it was written around Hearth, or its hashes were removed.
        case missingHash
    }

    /// The first row that breaks the chain.
    public struct BrokenLink: Sendable, Equatable {
        /// Its entry number.
        public var id: Int64
        /// Its time as stored.
        public var time: String
        public var reason: Reason
    }

    /// How many entries, from the first, were found intact (every entry when `brokenLink` is `nil`).
    public var intactCount: Int
    /// The first entry that breaks the chain, if any; the entries after it were not checked.
    public var brokenLink: BrokenLink?
    /// The hash of the last intact entry (`nil` for an empty log). Noted down, it shows later that no entry
    /// was removed from the end, which the chain alone cannot.
    public var latestHash: String?

    /// Whether every entry holds.
    public var isIntact: Bool { brokenLink == nil }
}
