import Crypto
import Foundation
import Interchange
import Storage

/// Making and revoking API tokens (`hearth token …`): a token is shown once, stored only as its SHA-256
/// hash, acts with its account's role, and every change is written to the audit log.
public struct ApiTokens: Sendable {
    public let store: HearthStore
    let now: @Sendable () -> Date

    /// Every token starts with this, so a leaked one is easy to recognise (and for secret scanners to find).
    public static let prefix = "hearth_"
    /// The longest name accepted.
    public static let maximumNameLength = 100

    public init(store: HearthStore, now: @escaping @Sendable () -> Date = { Date() }) {
        self.store = store
        self.now = now
    }

    /// Makes a token for an active account; `actor` is who did it, for the audit log ("cli:jo"). Returns
    /// the token itself, which is never stored and cannot be shown again, and its stored record.
    public func issue(for username: String, name: String, by actor: String) async throws -> (
        token: String, record: ApiToken
    ) {
        let name = name.trimmingCharacters(in: .whitespaces)
        guard (1...Self.maximumNameLength).contains(name.count), !name.contains(where: \.isNewline),
            !name.unicodeScalars.contains(where: { $0.properties.generalCategory == .control })
        else {
            throw ApiTokenError.badName(name)
        }
        guard let account = try await store.accounts.account(named: username) else {
            throw AccountError.noSuchAccount(username)
        }
        guard !account.isDisabled else { throw ApiTokenError.accountDisabled(username) }
        let token = Self.prefix + SecretToken.make()
        let record = try await store.apiTokens.add(
            username: username, name: name, tokenHash: SHA256.hex(token), createdAt: now())
        try await audit(
            actor, .tokenAdded, "API token \(record.id) \"\(name)\" for \(username) as \(account.role.rawValue)")
        return (token, record)
    }

    /// Revokes a token: it is refused from the next request on.
    public func revoke(_ id: Int64, by actor: String) async throws {
        try await store.apiTokens.revoke(id: id, at: now())
        try await audit(actor, .tokenRevoked, "API token \(id)")
    }

    func audit(_ actor: String, _ action: AuditAction, _ detail: String) async throws {
        try await store.audit.append(AuditEntry(time: now(), username: actor, action: action, detail: detail))
    }
}

/// Why a token cannot be made.
public enum ApiTokenError: Error, CustomStringConvertible, Sendable, Equatable {
    case badName(String)
    case accountDisabled(String)

    public var description: String {
        switch self {
        case .badName:
            "Give the token a name of 1 to \(ApiTokens.maximumNameLength) characters on one line, saying what uses it (e.g. \"Power BI finance\")."
        case .accountDisabled(let username):
            "The account \(username) is disabled; its tokens would not work. Enable or choose another account."
        }
    }
}
