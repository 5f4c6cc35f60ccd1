import SQLKit

/// One audit log row's place in the hash chain, exactly as stored: what checking the chain needs, read
/// without interpreting the fields (a changed action or time must be reported, not fail the reading).
public struct AuditChainLink: Sendable, Equatable {
    /// The entry number (the row's id), which orders the chain.
    public var id: Int64
    /// The stored text of `AuditChain.columns`, in that order: the id as decimal digits, `nil` for NULL.
    public var fields: [String?]
    /// The hash of the row before it (`AuditChain.genesis` for the first); `nil` if the row has none.
    public var previousHash: String?
    /// The row's own hash; `nil` if the row has none.
    public var rowHash: String?

    /// The row's time as stored (ISO 8601 text, unless it was changed to something else).
    public var time: String {
        fields.count > 1 ? fields[1] ?? "" : ""
    }

    /// Why this row breaks the chain when the row before it has hash `previous`; `nil` when it holds.
    public func fault(after previous: String) -> AuditChainReport.Reason? {
        guard let previousHash, let rowHash else { return .missingHash }
        // Its own fields first: a changed row still names its true predecessor, so this is the finding.
        guard AuditChain.hash(previous: previousHash, canonical: AuditChain.canonical(fields)) == rowHash else {
            return .changed
        }
        return previousHash == previous ? nil : .unlinked
    }
}

extension AuditChainLink {
    /// The columns a link is read from.
    static let columns = AuditChain.columns + ["previous_hash", "row_hash"]

    /// Rows read at a time, so walking a log of millions of rows keeps only this many in memory.
    static let pageSize = 1_000

    init(row: any SQLRow) throws {
        let id = try row.decode(column: "id", as: Int64.self)
        var fields: [String?] = [String(id)]
        for column in AuditChain.columns.dropFirst() { fields.append(try row.optionalText(column)) }
        self.id = id
        self.fields = fields
        self.previousHash = try row.optionalText("previous_hash")
        self.rowHash = try row.optionalText("row_hash")
    }

    /// Up to `pageSize` links in entry order, after entry `after` (from the first when `nil`): a keyset
    /// page, which costs the same at the millionth row as at the first.
    static func page(_ db: any SQLDatabase, after: Int64?) async throws -> [AuditChainLink] {
        let query = db.select().columns(columns).from("audit_log")
        if let after { query.where("id", .greaterThan, after) }
        return try await query.orderBy("id").limit(pageSize).all().map { try AuditChainLink(row: $0) }
    }
}
