import CouncilTasks
import Crypto
import Foundation
import Hummingbird
import Storage

extension HearthWebApp {
    /// GET /login, POST /login and POST /logout.
    func addSignInRoutes(to router: Router<HearthRequestContext>) {
        router.on(.signInForm, for: self) { app, request, context in
            let next = AccessPages.safeNext(request.uri.queryParameters["next"].map(String.init))
            if context.identity != nil { return Response.redirect(to: next, type: .normal) }
            return try signInForm(next: next, request: request, context: context)
        }
        router.on(.signIn, for: self) { app, request, context in try await signIn(request, context) }
        router.on(.signOut, for: self) { app, request, context in try await signOut(request, context) }
        addTwoFactorRoutes(to: router)
    }

    /// The form with a fresh token, and the pre-session cookie that token is bound to.
    func signInForm(
        next: String, username: String = "", problem: String? = nil,
        request: Request, context: HearthRequestContext
    ) throws -> Response {
        let token = SecretToken.make()
        var response = try SignInPage(csrfToken: token, next: next, username: username, problem: problem).page
            .response(from: request, context: context)
        response.setCookie(cookie(SessionPolicy.signInCookie, token, context: context))
        return response
    }

    func signIn(_ request: Request, _ context: HearthRequestContext) async throws -> Response {
        let username = (context.form["username"] ?? "").trimmingCharacters(in: .whitespaces).lowercased()
        let next = AccessPages.safeNext(context.form["next"])
        let outcome = try await SignIn(store: store, policy: sessionPolicy, now: now)
            .attempt(username: username, password: context.form["password"] ?? "", ipAddress: context.ipAddress)
        switch outcome {
        case .signedIn(let account):
            return try await startSession(for: account.username, next: next, request: request, context: context)
        case .needsSecondFactor(let account):
            let code =
                "\(Route.twoFactorForm.path)?next=\(next.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "/")"
            return try await startSession(
                for: account.username, next: code, awaitingSecondFactor: true, request: request, context: context)
        case .refused(let message):
            return try signInForm(next: next, username: username, problem: message, request: request, context: context)
        }
    }

    /// A fresh session (token and form token) and its cookie, then on to `next`. The browser's old session,
    /// if any, ends: no session fixation, and none carried from the password step to the code step.
    func startSession(
        for username: String, next: String, awaitingSecondFactor: Bool = false, request: Request,
        context: HearthRequestContext
    ) async throws -> Response {
        for previous in [context.identity, context.awaitingSecondFactor].compactMap({ $0 }) {
            try await store.accounts.removeSession(tokenHash: previous.tokenHash)
        }
        let token = SecretToken.make(), time = now()
        try await store.accounts.removeSessions(
            createdBefore: time - sessionPolicy.absoluteTimeout,
            lastSeenBefore: time - sessionPolicy.idleTimeout)
        try await store.accounts.addSession(
            StoredSession(
                tokenHash: SHA256.hex(token), username: username, csrfToken: SecretToken.make(), createdAt: time,
                lastSeenAt: time, awaitingSecondFactor: awaitingSecondFactor))
        var response = Response.redirect(to: next, type: .normal)
        response.setCookie(cookie(SessionPolicy.sessionCookie, token, context: context))
        response.setCookie(cookie(SessionPolicy.signInCookie, "", context: context, maxAge: 0))
        return response
    }

    func signOut(_ request: Request, _ context: HearthRequestContext) async throws -> Response {
        if let user = context.identity {
            try await store.accounts.removeSession(tokenHash: user.tokenHash)
            try await store.audit.append(
                AuditEntry(
                    time: now(), username: user.username, action: .logout,
                    ipAddress: context.ipAddress))
        }
        var response = Response.redirect(to: Route.signInForm.path, type: .normal)
        response.setCookie(cookie(SessionPolicy.sessionCookie, "", context: context, maxAge: 0))
        return response
    }

    /// HttpOnly, SameSite=Strict, Path=/; Secure when the request came over HTTPS (as a trusted TLS proxy
    /// says with `X-Forwarded-Proto: https`) or the server was started with `--secure-cookies`.
    func cookie(_ name: String, _ value: String, context: HearthRequestContext, maxAge: Int? = nil) -> Cookie {
        Cookie(
            name: name, value: value, maxAge: maxAge, path: "/",
            secure: sessionPolicy.secureCookies || context.client.isHTTPS, httpOnly: true, sameSite: .strict)
    }
}
