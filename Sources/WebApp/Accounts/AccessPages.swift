import Foundation
import Hummingbird
import Storage

/// The pages and redirects `AccessMiddleware` answers with instead of the page asked for.
enum AccessPages {
    static let notFound = HTMLPage(
        title: "Page not found",
        body: .group([
            .h1("Page not found"),
            .p("If you typed the web address, check it is correct. ", .a(.href("/"), "Go to the overview"), "."),
        ]),
        status: .notFound)

    static func forbidden(role: Role?) -> HTMLPage {
        HTMLPage(
            title: "You cannot see this page",
            body: .group([
                .h1("You cannot see this page"),
                .p(
                    "Your account's role (", .text(role?.rawValue ?? "none"),
                    ") does not allow it. If you need it for your work,\nask a Hearth administrator to change your role."
                ),
                .p(.a(.href("/"), "Go to the overview")),
            ]),
            status: .forbidden)
    }

    static let staleForm = HTMLPage(
        title: "The form could not be sent",
        body: .group([
            .h1("The form could not be sent"),
            .p("The form was out of date or did not come from Hearth. Go back, reload the page and try again."),
        ]),
        status: .forbidden)

    static let crossSiteForm = HTMLPage(
        title: "The form could not be sent",
        body: .group([
            .h1("The form could not be sent"),
            .p("The form was sent from another website, not from Hearth. Open Hearth yourself and try again there."),
        ]),
        status: .forbidden)

    /// 303 to the sign-in page, remembering where the person was going (path and query only).
    static func redirectToSignIn(from request: Request) -> Response {
        var target = request.uri.path
        if let query = request.uri.query, !query.isEmpty { target += "?" + query }
        let next = target.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "/"
        return Response.redirect(to: "\(Route.signInForm.path)?next=\(next)", type: .normal)
    }

    /// Where to go after signing in: only a path on this site, so a link cannot send people elsewhere.
    static func safeNext(_ next: String?) -> String {
        guard let next else { return "/" }
        // Browsers drop tabs and line breaks from an address, so "/\t/host" would be followed as "//host",
        // off the site: an address with any control character or white space is not used at all.
        let odd = next.unicodeScalars.contains {
            $0.properties.generalCategory == .control || $0.properties.isWhitespace
        }
        guard !odd, next.hasPrefix("/"), !next.hasPrefix("//"), !next.contains("\\") else { return "/" }
        return next
    }
}
