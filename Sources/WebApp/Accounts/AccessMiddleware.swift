import CouncilTasks
import Crypto
import Foundation
import Hummingbird
import Storage

/// Enforces `RouteAccess` on every request: finds who is signed in from the session cookie, answers
/// 404 for routes not in the matrix, sends people who are not signed in to the sign-in page, refuses
/// roles the matrix does not list (403), and refuses form posts from another site or without the right CSRF
/// token (403).
struct AccessMiddleware: RouterMiddleware {
    typealias Context = HearthRequestContext
    /// The whole database: each request gets it scoped to its account's authorities.
    let store: HearthStore
    var accounts: any AccountRepository { store.accounts }
    var apiTokens: any ApiTokenRepository { store.apiTokens }
    let policy: SessionPolicy
    /// How slowly an upload may arrive.
    var uploadPace = UploadPace()
    let now: @Sendable () -> Date

    /// Largest form accepted; Hearth's forms are a few short fields.
    static let maximumFormBytes = 64 * 1024

    func handle(
        _ request: Request, context: Context,
        next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        let isAPI = Self.isAPI(request.uri.path)  // bearer tokens and JSON refusals: AccessMiddleware+Bearer
        guard let rule = RouteAccess.rule(method: request.method, path: request.uri.path) else {
            if isAPI {
                let answer = APIAnswer.error("There is no such API route; /openapi.yaml lists them.", status: .notFound)
                return try answer.response(from: request, context: context)
            }
            return try AccessPages.notFound.response(from: request, context: context)
        }
        var context = context
        let user = try await isAPI ? apiUser(request) : signedInUser(request)
        if let user, user.awaitingSecondFactor {
            context.awaitingSecondFactor = user
        } else {
            context.identity = user
        }
        // The one place a request's view of the data is chosen: nobody signed in sees no authority.
        context.scopedStore = store.scoped(to: context.identity?.scope ?? .noAuthority)
        guard rule.audience.allows(context.identity?.role) else {
            if isAPI {
                return try Self.apiRefusal(request, identity: context.identity).response(
                    from: request, context: context)
            }
            guard context.identity != nil else { return AccessPages.redirectToSignIn(from: request) }
            return try AccessPages.forbidden(role: context.identity?.role).response(from: request, context: context)
        }
        var request = request
        if request.method == .post {
            guard Self.isFromOwnOrigin(request, client: context.client) else {
                return try AccessPages.crossSiteForm.response(from: request, context: context)
            }
            // Multipart upload forms too: their token is a part like any other field.
            do {
                context.form = try await FormFields.read(
                    &request, formLimit: Self.maximumFormBytes, pace: uploadPace)
            } catch {
                return try error.page.response(from: request, context: context)
            }
            // Without a session waiting for its code there is nothing to check: back to the password.
            if request.uri.path == Route.twoFactor.path, context.awaitingSecondFactor == nil {
                return Response.redirect(to: Route.signInForm.path)
            }
            guard csrfTokenMatches(request, context) else {
                return try AccessPages.staleForm.response(from: request, context: context)
            }
        }
        return try await next(request, context)
    }

    /// The sign-in form's token is bound to its pre-session cookie; every other form's to the session.
    func csrfTokenMatches(_ request: Request, _ context: Context) -> Bool {
        let expected =
            switch request.uri.path {
            case Route.signIn.path: request.cookies[SessionPolicy.signInCookie]?.value
            case Route.twoFactor.path: context.awaitingSecondFactor?.csrfToken
            default: context.identity?.csrfToken
            }
        guard let expected, let sent = context.form["csrf_token"] else { return false }
        return SecretToken.matches(sent, expected)
    }

    /// The session's user, or `nil` without a live session; ends sessions that have expired or whose
    /// account has been disabled.
    func signedInUser(_ request: Request) async throws -> SignedInUser? {
        guard let token = request.cookies[SessionPolicy.sessionCookie]?.value, !token.isEmpty else { return nil }
        let hash = SHA256.hex(token)
        guard let session = try await accounts.session(tokenHash: hash) else { return nil }
        let now = now()
        guard !policy.hasExpired(createdAt: session.createdAt, lastSeenAt: session.lastSeenAt, now: now),
            let account = try await accounts.account(named: session.username), !account.isDisabled
        else {
            try await accounts.removeSession(tokenHash: hash)
            return nil
        }
        // Writing on every request would make each page view a database write; a minute's slack in idle
        // expiry costs nothing.
        if now.timeIntervalSince(session.lastSeenAt) >= 60 {
            try await accounts.touchSession(tokenHash: hash, at: now)
        }
        return SignedInUser(
            username: account.username, role: account.role, scope: account.authorities,
            csrfToken: session.csrfToken, tokenHash: hash, awaitingSecondFactor: session.awaitingSecondFactor)
    }
}
