import Hummingbird

extension Router where Context == HearthRequestContext {
    /// Adds `route` with a handler that is given the application as the request's account may see it:
    /// `app.store` is the database narrowed to the account's authorities (`AccessMiddleware` chose the scope).
    /// The application itself holds a store that sees no authority, so a handler that reached past `app`
    /// would find nothing rather than everything.
    @discardableResult
    func on(
        _ route: Route, for app: HearthWebApp,
        use handler: @Sendable @escaping (HearthWebApp, Request, Context) async throws -> some ResponseGenerator
    ) -> Self {
        on(route) { request, context in
            try await handler(try app.acting(for: context), request, context)
        }
    }
}

extension HearthWebApp {
    /// A copy whose `store` and `scope` are the request's account's.
    func acting(for context: HearthRequestContext) throws -> HearthWebApp {
        var app = self
        app.store = try context.store
        app.scope = context.identity?.scope ?? .noAuthority
        return app
    }
}
