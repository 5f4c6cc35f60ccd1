import CouncilTasks
import Foundation
import Hummingbird
import Storage

extension HearthWebApp {
    /// GET and POST /login/two-factor: the code after a right password, for a session that waits for it.
    func addTwoFactorRoutes(to router: Router<HearthRequestContext>) {
        router.on(.twoFactorForm, for: self) { _, request, context in
            guard let waiting = context.awaitingSecondFactor else {
                return Response.redirect(to: Route.signInForm.path)
            }
            let next = AccessPages.safeNext(request.uri.queryParameters["next"].map(String.init))
            return try TwoFactorPage(csrfToken: waiting.csrfToken, next: next).page.response(
                from: request, context: context)
        }
        router.on(.twoFactor, for: self) { _, request, context in
            try await secondFactor(request, context)
        }
    }

    /// Checks the code (counted against the username at this address as a wrong password is); a right one
    /// swaps the waiting session for a full one with a new token.
    func secondFactor(_ request: Request, _ context: HearthRequestContext) async throws -> Response {
        guard let waiting = context.awaitingSecondFactor else { return Response.redirect(to: Route.signInForm.path) }
        let next = AccessPages.safeNext(context.form["next"])
        let check = SecondFactorCheck(store: store, policy: sessionPolicy, now: now)
        switch try await check.attempt(waiting.username, code: context.form["code"] ?? "", ipAddress: context.ipAddress)
        {
        case .accepted:
            return try await startSession(for: waiting.username, next: next, request: request, context: context)
        case .wrong:
            return try TwoFactorPage(csrfToken: waiting.csrfToken, next: next, problem: TwoFactorPage.wrongCode).page
                .response(from: request, context: context)
        case .throttled:
            try await store.accounts.removeSession(tokenHash: waiting.tokenHash)
            return try signInForm(next: next, problem: SignIn.throttled, request: request, context: context)
        }
    }
}
