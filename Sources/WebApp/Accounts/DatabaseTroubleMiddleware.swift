import Hummingbird
import Logging
import Storage

/// A page that cannot be made because the database did not answer — locked by another process for too
/// long, full, gone — is a 503 that says so, and the reason goes to the log (the review saw a bare 500 and
/// nothing logged). A refusal that is the user's to fix (a closed month) is not trouble and passes on.
struct DatabaseTroubleMiddleware<Context: RequestContext>: RouterMiddleware {
    let logger: Logger

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response)
        async throws -> Response
    {
        do {
            return try await next(request, context)
        } catch let error as StorageError {
            if case .periodClosed = error { throw error }
            logger.error("\(request.method) \(request.uri.path): the database did not answer: \(error)")
            return try HTMLPage.databaseUnavailable.response(from: request, context: context)
        }
    }
}

extension HTMLPage {
    /// What a person sees while the database is not answering.
    static let databaseUnavailable = HTMLPage(
        title: "Hearth cannot reach its database",
        body: .group([
            .h1("Hearth cannot reach its database"),
            .p(
                .text(
                    "The database did not answer: it may be busy with a large import, or out of space. Nothing you "
                        + "did has been lost or half-saved. Try again in a minute; if it goes on, tell your Hearth "
                        + "administrator (the server's log says what went wrong).")),
        ]),
        status: .serviceUnavailable)
}
