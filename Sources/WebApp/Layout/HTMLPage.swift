import Hummingbird

/// A server-rendered page: the shared layout (header, navigation, main landmark, footer) around a body.
///
/// Pages are plain HTML that works without JavaScript, following GOV.UK Design System conventions. The body
/// is a `Node`, so everything in it is escaped by construction.
public struct HTMLPage: ResponseGenerator, Sendable {
    public var title: String
    public var body: Node
    public var status: HTTPResponse.Status

    public init(title: String, body: Node, status: HTTPResponse.Status = .ok) {
        self.title = title
        self.body = body
        self.status = status
    }

    /// A page that says what is wrong in a GOV.UK error summary ("There is a problem"), linking to the
    /// field when there is one; the title starts "Error:" so screen readers hear it first. The summary
    /// takes the focus as the page loads (`autofocus`, no script needed), as GOV.UK's does.
    public static func problem(
        title: String, message: String, field: String?,
        status: HTTPResponse.Status
    ) -> HTMLPage {
        HTMLPage(
            title: "Error: \(title)",
            body: .group([ErrorSummary(problems: [(field, message)]).node, .h1(.text(title))]),
            status: status)
    }

    /// The page as an anonymous visitor sees it.
    public var html: String { html(for: nil, path: "") }

    /// The page for a signed-in user (who they are, a sign-out button, the navigation their role may use,
    /// with the page at `path` marked as the current one) or an anonymous visitor (no navigation).
    public func html(for user: SignedInUser?, path: String) -> String {
        "<!DOCTYPE html>\n" + document(for: user, path: path).html
    }

    func document(for user: SignedInUser?, path: String) -> Node {
        .html(
            .lang("en-GB"),
            .head(
                .meta(.charset("utf-8")),
                .meta(.name("viewport"), .content("width=device-width, initial-scale=1")),
                .title(.text("\(title) – Hearth")),
                .link(.rel("stylesheet"), .href(Route.stylesheet.path))),
            .body(
                .a(.class("skip-link"), .href("#main"), "Skip to main content"),
                SiteHeader(user: user, path: path).node,
                .main(.id("main"), .class("width-container"), .tabindex("-1"), body),
                .footer(
                    .class("site-footer"),
                    .div(.class("width-container"), "Hearth – data stays on this council's own server."))))
    }

    public func response(from request: Request, context: some RequestContext) throws -> Response {
        var headers = HTTPFields()
        headers[.contentType] = "text/html; charset=utf-8"
        headers[.cacheControl] = "no-store"
        // Framing, sniffing and referrer headers come with every answer: SecurityHeadersMiddleware.
        let user = (context as? HearthRequestContext)?.identity
        let page = html(for: user, path: request.uri.path)
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(string: page)))
    }
}
