import HTTPTypes
import Hummingbird

/// Headers every answer carries, pages, API, downloads and redirects alike: a content security policy
/// that allows only Hearth's own stylesheet and forms (the pages have no script, inline or not), no
/// browser features (camera, location, …), never sniffed as another type, never framed, no referrer to
/// other sites; and HSTS when the session cookies are marked secure (Hearth is behind https) or a trusted
/// proxy says the browser came over https.
struct SecurityHeadersMiddleware: RouterMiddleware {
    typealias Context = HearthRequestContext
    /// Whether Hearth is served over https, so browsers may be told to use nothing else.
    var strictTransport: Bool

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response)
        async throws -> Response
    {
        var response: Response
        do {
            response = try await next(request, context)
        } catch let error as any HTTPResponseError {
            // Answers made from a thrown error (the router's own 404, say) carry the headers too.
            response = try error.response(from: request, context: context)
        }
        response.headers[.contentSecurityPolicy] = SecurityHeaderValues.contentSecurityPolicy
        response.headers[.permissionsPolicy] = SecurityHeaderValues.permissionsPolicy
        response.headers[.xContentTypeOptions] = "nosniff"
        response.headers[.xFrameOptions] = "DENY"
        response.headers[.referrerPolicy] = "same-origin"
        if strictTransport || context.client.isHTTPS { response.headers[.strictTransportSecurity] = "max-age=31536000" }
        return response
    }
}

/// The policies' text, built once rather than per answer.
enum SecurityHeaderValues {
    static let contentSecurityPolicy =
        "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; "
        + "base-uri 'none'"
    static let permissionsPolicy = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()"
}
