import CareModel
import Crypto
import Foundation
import Interchange
import Storage

/// A costs register, budget or supply register (foster households, children's homes, recruitment events)
/// upload, read and checked, waiting for the person who sent it to see what it would change and confirm — or
/// SSDA903 returns whose year was told from their dates, waiting for the sender to check the year: kept in
/// the database under the hash of a one-time token, for 30 minutes.
public struct PendingUpload: Codable, Sendable, Equatable {
    /// What was read from the file.
    public enum Content: Codable, Sendable, Equatable {
        case costs([PlacementCost])
        case budget(BudgetPlan)
        /// Returns as sent (read again on confirmation, with the year the sender chose).
        case returns([SentFile], setsAsideInvalid: Bool)
        /// Foster households, children's homes or recruitment events, each authority's to be replaced whole.
        case supply(SupplyRegister)
    }

    public var fileName: String
    public var authority: AuthorityCode?
    public var content: Content

    static let kind = "upload"
    /// How long an upload waits for its confirmation.
    public static let lifetime: TimeInterval = 30 * 60

    public init(fileName: String, authority: AuthorityCode?, content: Content) {
        self.fileName = fileName
        self.authority = authority
        self.content = content
    }

    /// The file as the imports name it in the audit log.
    var file: ImportFile { .sent(SentFile(name: fileName, contents: [])) }

    /// Saves it, as `CostsImport`, `BudgetImport`, `SSDA903Import` or `SupplyImport` from the same files would
    /// (`mode` is for a costs register; `returnYear` for returns whose names give none, `nil` to keep the year
    /// their dates gave).
    public func save(
        mode: CostsImport.Mode, returnYear: Int? = nil, to store: HearthStore, by actor: ImportActor
    ) async throws -> UploadSaved {
        switch content {
        case .returns(let files, let setsAsideInvalid):
            .returns(
                try await SSDA903Import.upload(
                    files, authority: authority, setsAsideInvalid: setsAsideInvalid, returnYear: returnYear,
                    to: store, by: actor))
        case .costs(let costs):
            .costs(
                try await CostsImport(file: file, authority: authority).save(costs, mode: mode, to: store, by: actor))
        case .budget(let plan):
            .budget(try await BudgetImport(file: file, authority: authority).save(plan, to: store, by: actor))
        case .supply(let register):
            .supply(
                register,
                try await SupplyImport(register: register, fileName: fileName, authority: authority)
                    .save(to: store, by: actor))
        }
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
        async throws -> PendingUpload?
    {
        guard
            let payload = try await store.pending.take(
                tokenHash: SHA256.hex(token), username: username, kind: kind, expiredBefore: time - lifetime)
        else { return nil }
        return try JSONDecoder().decode(PendingUpload.self, from: Data(payload.utf8))
    }
}

/// What a confirmed upload saved.
public enum UploadSaved: Sendable {
    case costs([CostsImport.Saved])
    case budget([BudgetImport.Saved])
    case returns(SSDA903Import.Outcome)
    /// The register saved, and what saving did for each authority.
    case supply(SupplyRegister, [SupplyImport.Saved])
}
