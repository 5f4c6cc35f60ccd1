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
