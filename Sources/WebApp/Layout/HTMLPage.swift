import Hummingbird

/// A server-rendered page: the shared layout (header, main landmark, footer) around a body.
///
/// Pages are plain HTML that works without JavaScript, following GOV.UK Design System conventions.
public struct HTMLPage: ResponseGenerator, Sendable {
    public var title: String
    public var body: String
    public var status: HTTPResponse.Status

    public init(title: String, body: String, status: HTTPResponse.Status = .ok) {
        self.title = title
        self.body = body
        self.status = status
    }

    /// A page that says what is wrong in a GOV.UK error summary ("There is a problem"), linking to the
    /// field when there is one; the title starts "Error:" so screen readers hear it first. The summary
    /// takes the focus as the page loads (`autofocus`, no script needed), as GOV.UK's does.
    public static func problem(title: String, message: String, field: String?,
                               status: HTTPResponse.Status) -> HTMLPage {
        let item = field.map { "<a href=\"#\($0)\">\(escape(message))</a>" } ?? escape(message)
        return HTMLPage(title: "Error: \(title)", body: """
            <div class="error-summary" role="alert" tabindex="-1" autofocus>
            <h2>There is a problem</h2>
            <ul><li>\(item)</li></ul>
            </div>
            <h1>\(escape(title))</h1>
            """, status: status)
    }

    /// The page as an anonymous visitor sees it.
    public var html: String { html(for: nil) }

    /// The page; a signed-in user sees who they are and a sign-out button (a form, so it carries the token).
    public func html(for user: SignedInUser?) -> String {
        """
        <!DOCTYPE html>
        <html lang="en-GB">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(escape(title)) – Hearth</title>
        <link rel="stylesheet" href="/assets/hearth.css">
        </head>
        <body>
        <a class="skip-link" href="#main">Skip to main content</a>
        <header class="site-header"><div class="width-container">
        <a class="site-name" href="/">Hearth</a> <span class="site-tagline">Children's homes and what they cost</span>
        <nav aria-label="Main"><a href="/">Children in care</a> <a href="/budget">Budget monitor</a> <a href="/projection">Projection</a>\(Self.childrenLink(user))\(Self.dataLink(user))</nav>
        \(user.map(Self.accountBar) ?? "")
        </div></header>
        <main id="main" class="width-container" tabindex="-1">
        \(body)
        </main>
        <footer class="site-footer"><div class="width-container">Hearth – data stays on this council's own server.</div></footer>
        </body>
        </html>
        """
    }

    /// The link to the children list, only for roles the matrix lets in (read-only never sees children).
    static func childrenLink(_ user: SignedInUser?) -> String {
        RouteAccess.rule(method: .get, path: "/children")?.audience.allows(user?.role) == true
            ? " <a href=\"/children\">Children</a>" : ""
    }

    static func accountBar(_ user: SignedInUser) -> String {
        """
        <form method="post" action="/logout" class="account-bar">
        \(user.role == .admin ? "<a href=\"/audit\">Audit log</a>" : "")
        <span>Signed in as \(escape(user.username)) (\(escape(user.role.rawValue)))</span>
        <input type="hidden" name="csrf_token" value="\(escape(user.csrfToken))">
        <button type="submit">Sign out</button>
        </form>
        """
    }

    public func response(from request: Request, context: some RequestContext) throws -> Response {
        var headers = HTTPFields()
        headers[.contentType] = "text/html; charset=utf-8"
        headers[.cacheControl] = "no-store"
        // Hearth's pages are never framed (no clickjacking of the sign-in and sign-out forms), never
        // sniffed as another type, and do not tell other sites which page a link was followed from.
        headers[.init("X-Frame-Options")!] = "DENY"
        headers[.init("X-Content-Type-Options")!] = "nosniff"
        headers[.init("Referrer-Policy")!] = "same-origin"
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(string: html(for: (context as? HearthRequestContext)?.identity))))
    }
}

/// Escapes text for HTML element content and attribute values.
public func escape(_ text: String) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count)
    for ch in text {
        switch ch {
        case "&": out += "&amp;"
        case "<": out += "&lt;"
        case ">": out += "&gt;"
        case "\"": out += "&quot;"
        case "'": out += "&#39;"
        default: out.append(ch)
        }
    }
    return out
}
