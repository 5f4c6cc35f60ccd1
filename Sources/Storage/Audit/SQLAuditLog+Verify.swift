import SQLKit

extension SQLAuditLog {
    /// Walks the chain from the first entry a page at a time (`AuditChainLink.page`), so a log of millions
    /// of entries keeps one page in memory. Each page is its own turn on the connection, so requests and
    /// appends go on meanwhile; an entry appended during the walk is checked like any other.
    func verify() async throws -> AuditChainReport {
        var previous = AuditChain.genesis
        var intact = 0
        var after: Int64?
        while true {
            let start = after
            let page = try await connection.run("check the audit log") { db in
                try await AuditChainLink.page(db, after: start)
            }
            for link in page {
                if let reason = link.fault(after: previous) {
                    return AuditChainReport(
                        intactCount: intact,
                        brokenLink: AuditChainReport.BrokenLink(id: link.id, time: link.time, reason: reason),
                        latestHash: intact > 0 ? previous : nil)
                }
                previous = link.rowHash ?? previous
                intact += 1
            }
            guard page.count == AuditChainLink.pageSize, let last = page.last else { break }
            after = last.id
        }
        return AuditChainReport(intactCount: intact, brokenLink: nil, latestHash: intact > 0 ? previous : nil)
    }
}
