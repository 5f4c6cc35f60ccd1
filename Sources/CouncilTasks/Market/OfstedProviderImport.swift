import CareModel
import Foundation
import Interchange
import Storage

/// Loads Ofsted's provider-level file, replacing the register held (national public data, held once for every
/// authority), and puts the load in the audit log.
public struct OfstedProviderImport: Sendable {
    public var path: String

    public init(path: String) {
        self.path = path
    }

    /// Reads and checks the file; nothing is stored.
    ///
    /// - Throws: `FileReadFailure` with every problem.
    public func read() throws(FileReadFailure) -> [OfstedProvider] {
        try OfstedProviderReader().read(path: path)
    }

    /// Replaces the register with `providers` and audits it.
    public func save(_ providers: [OfstedProvider], to store: HearthStore, by actor: ImportActor) async throws {
        try await store.market.replaceOfstedProviders(providers, importedAt: actor.time)
        try await store.audit.append(
            actor.auditEntry(
                "Ofsted provider register: \(providers.count.grouped) providers from "
                    + URL(fileURLWithPath: path).lastPathComponent))
    }
}
