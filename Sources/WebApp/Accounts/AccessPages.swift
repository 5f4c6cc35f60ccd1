import Foundation
import Hummingbird
import Storage

/// The pages and redirects `AccessMiddleware` answers with instead of the page asked for.
enum AccessPages {
    static let notFound = HTMLPage(title: "Page not found", body: """
        <h1>Page not found</h1>
        <p>If you typed the web address, check it is correct. <a href="/">Go to the overview</a>.</p>
        """, status: .notFound)

    static func forbidden(role: Role?) -> HTMLPage {
        HTMLPage(title: "You cannot see this page", body: """
            <h1>You cannot see this page</h1>
            <p>Your account's role (\(escape(role?.rawValue ?? "none"))) does not allow it. If you need it for your work,
            ask a Hearth administrator to change your role.</p>
            <p><a href="/">Go to the overview</a></p>
            """, status: .forbidden)
    }

    static let staleForm = HTMLPage(title: "The form could not be sent", body: """
        <h1>The form could not be sent</h1>
        <p>The form was out of date or did not come from Hearth. Go back, reload the page and try again.</p>
        """, status: .forbidden)

    /// 303 to the sign-in page, remembering where the person was going (path and query only).
    static func redirectToSignIn(from request: Request) -> Response {
        var target = request.uri.path
        if let query = request.uri.query, !query.isEmpty { target += "?" + query }
        let next = target.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "/"
        return Response.redirect(to: "/login?next=\(next)", type: .normal)
    }

    /// Where to go after signing in: only a path on this site, so a link cannot send people elsewhere.
    static func safeNext(_ next: String?) -> String {
        guard let next, next.hasPrefix("/"), !next.hasPrefix("//"), !next.contains("\\") else { return "/" }
        return next
    }
}
