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
    /// field when there is one; the title starts "Error:" so screen readers hear it first.
    public static func problem(title: String, message: String, field: String?,
                               status: HTTPResponse.Status) -> HTMLPage {
        let item = field.map { "<a href=\"#\($0)\">\(escape(message))</a>" } ?? escape(message)
        return HTMLPage(title: "Error: \(title)", body: """
            <div class="error-summary" role="alert" tabindex="-1">
            <h2>There is a problem</h2>
            <ul><li>\(item)</li></ul>
            </div>
            <h1>\(escape(title))</h1>
            """, status: status)
    }

    public var html: String {
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
        <nav aria-label="Main"><a href="/">Children in care</a> <a href="/budget">Budget monitor</a></nav>
        </div></header>
        <main id="main" class="width-container" tabindex="-1">
        \(body)
        </main>
        <footer class="site-footer"><div class="width-container">Hearth – data stays on this council's own server.</div></footer>
        </body>
        </html>
        """
    }

    public func response(from request: Request, context: some RequestContext) throws -> Response {
        var headers = HTTPFields()
        headers[.contentType] = "text/html; charset=utf-8"
        headers[.cacheControl] = "no-store"
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(string: html)))
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
