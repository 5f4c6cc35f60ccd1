import Crypto
import Foundation
import Hummingbird
import Storage

/// The JSON API's side of access control: routes under /api/ accept `Authorization: Bearer <token>`
/// (the account behind the token, with its role), or a signed-in browser session for reading, and
/// answer refusals in JSON (401 with `WWW-Authenticate: Bearer`, 403) rather than with pages and
/// redirects a program cannot follow. The API only reads (GET), so no CSRF token is ever needed for it:
/// a browser never sends a bearer token on its own, and reads change nothing.
extension AccessMiddleware {
    /// Whether a path is the API's (bearer tokens, JSON refusals): the one test the middleware and the
    /// README's table both use.
    static func isAPI(_ path: String) -> Bool { path.hasPrefix("/api/") }

    /// The caller of an API route. A request with an Authorization header is judged on that header
    /// alone (a wrong token never falls back to the session, so it is noticed); without one, a browser
    /// session may read (GET and HEAD).
    func apiUser(_ request: Request) async throws -> SignedInUser? {
        if let authorization = request.headers[.authorization] {
            guard let token = Self.bearerToken(authorization) else { return nil }
            return try await tokenUser(token)
        }
        guard request.method == .get || request.method == .head else { return nil }
        return try await signedInUser(request)
    }

    /// The token in "Bearer <token>" (the scheme in any case, RFC 6750 §2.1); `nil` for any other scheme.
    static func bearerToken(_ header: String) -> String? {
        let parts = header.split(separator: " ", maxSplits: 1)
        guard parts.count == 2, parts[0].lowercased() == "bearer" else { return nil }
        let token = parts[1].trimmingCharacters(in: .whitespaces)
        return token.isEmpty ? nil : token
    }

    /// The token's account when the token is known, not revoked, and its account exists and is enabled.
    func tokenUser(_ token: String) async throws -> SignedInUser? {
        guard let record = try await apiTokens.token(hash: SHA256.hex(token)), !record.isRevoked,
            let account = try await accounts.account(named: record.username), !account.isDisabled
        else {
            return nil
        }
        let now = now()
        // As for sessions: to the minute is enough, and spares a write on every call of a busy dashboard.
        if record.lastUsedAt.map({ now.timeIntervalSince($0) >= 60 }) ?? true {
            try await apiTokens.recordUse(id: record.id, at: now)
        }
        return SignedInUser(
            username: account.username, role: account.role, scope: account.authorities, csrfToken: "", tokenHash: "")
    }

    /// 401 when nobody is identified, 403 when the role may not use the route.
    static func apiRefusal(_ request: Request, identity: SignedInUser?) -> APIAnswer {
        guard let identity else { return .unauthorized(tokenSent: request.headers[.authorization] != nil) }
        return .forbidden(role: identity.role)
    }
}
