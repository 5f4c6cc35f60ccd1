import CareModel
import Crypto
import Foundation
import Interchange
import Storage

/// A costs register upload, read and checked, waiting for the person who sent it to see what it would change
/// and confirm: kept in the database under the hash of a one-time token, for 30 minutes.
public struct PendingCostsUpload: Codable, Sendable, Equatable {
    public var fileName: String
    public var authority: AuthorityCode?
    public var costs: [PlacementCost]

    static let kind = "costs"
    /// How long an upload waits for its confirmation.
    public static let lifetime: TimeInterval = 30 * 60

    public init(fileName: String, authority: AuthorityCode?, costs: [PlacementCost]) {
        self.fileName = fileName
        self.authority = authority
        self.costs = costs
    }

    /// The import that saves it, as `CostsImport` from the same file would.
    public var run: CostsImport {
        CostsImport(file: .sent(SentFile(name: fileName, contents: [])), authority: authority)
    }

    /// Keeps the upload for `username`; returns the one-time token its confirmation must carry.
    public func hold(in store: HearthStore, for username: String, at time: Date) async throws -> String {
        let token = SecretToken.make()
        try await store.pending.hold(
            tokenHash: SHA256.hex(token), username: username, kind: Self.kind,
            payload: String(decoding: try JSONEncoder().encode(self), as: UTF8.self), at: time,
            expiredBefore: time - Self.lifetime)
        return token
    }

    /// The upload held under `token` for `username`, taken (a second confirmation finds nothing); `nil` when
    /// it is not there, not theirs, or older than 30 minutes.
    public static func take(token: String, from store: HearthStore, for username: String, at time: Date)
        async throws -> PendingCostsUpload?
    {
        guard
            let payload = try await store.pending.take(
                tokenHash: SHA256.hex(token), username: username, kind: kind, expiredBefore: time - lifetime)
        else { return nil }
        return try JSONDecoder().decode(PendingCostsUpload.self, from: Data(payload.utf8))
    }
}
