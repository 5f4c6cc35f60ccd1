import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import WebApp

/// Every answer — a page, the API (even its 401), the stylesheet, a redirect, a 404 — carries the
/// security headers; HSTS only when Hearth says it is behind https.
@Suite("Security headers on every answer")
struct SecurityHeadersTests {
    static func expectHeaders(_ response: TestResponse, _ what: String, hsts: Bool = false) {
        let csp = response.headers[.contentSecurityPolicy] ?? ""
        #expect(csp.contains("default-src 'none'") && csp.contains("style-src 'self'"), "\(what): \(csp)")
        #expect(!csp.contains("unsafe-inline") && !csp.contains("script-src"), "\(what): no script at all")
        #expect(response.headers[.permissionsPolicy]?.contains("camera=()") == true, "\(what)")
        #expect(response.headers[.xContentTypeOptions] == "nosniff", "\(what)")
        #expect(response.headers[.xFrameOptions] == "DENY", "\(what)")
        #expect((response.headers[.strictTransportSecurity] != nil) == hsts, "\(what)")
    }

    @Test func everyKindOfAnswerCarriesThem() async throws {
        try await WebTestApp.run { client, _, _ in
            for uri in ["/login", "/assets/hearth.css", "/api/v1/summary", "/budget", "/no-such-page"] {
                Self.expectHeaders(try await client.execute(uri: uri, method: .get), uri)
            }
            let admin = try await SignedInClient.signIn(client, as: "admin")
            for uri in ["/", "/api/v1/summary", "/budget.csv?period=2024-12"] {
                Self.expectHeaders(try await admin.execute(uri: uri, method: .get), "\(uri) signed in")
            }
        }
    }

    @Test func strictTransportOnlyBehindHTTPS() async throws {
        let app = SecurityHeadersMiddleware(strictTransport: true)
        let router = Router(context: HearthRequestContext.self)
        router.add(middleware: app)
        router.get("/") { _, _ in "ok" }
        try await Application(router: router).test(.router) { client in
            Self.expectHeaders(try await client.execute(uri: "/", method: .get), "https", hsts: true)
        }
    }
}
