import CareModel
import CouncilTasks
import Foundation
import Hummingbird
import HummingbirdTesting
import Interchange
import Logging
import Storage

@testable import WebApp

/// A clock the tests move on by hand, to reach session expiry and the end of a lockout.
final class TestClock: @unchecked Sendable {
    private let lock = NSLock()
    private var current = Date(timeIntervalSince1970: 1_795_000_000)

    var now: Date { lock.withLock { current } }

    func advance(minutes: Double) {
        lock.withLock { current += minutes * 60 }
    }
}

/// Every web test's app: a fresh SQLite file, one account per role (named after the role, e.g.
/// "read-only"; all with `WebTestApp.password`; bcrypt cost 4 so tests stay fast) and a test clock.
enum WebTestApp {
    static let password = "correct horse battery staple"
    /// bcrypt's cost for the test accounts and for checking unknown usernames alike: 4, so tests stay fast.
    static let passwordCost: UInt8 = 4
    /// The pseudonymised export's salt, as `hearth serve --export-salt-file` would give it.
    static let exportSalt = try! PseudonymSalt(bytes: Array("a test salt, not secret".utf8))

    static func run(
        seed: @Sendable (HearthStore) async throws -> Void = { _ in },
        live: Bool = false, configure: (inout HearthWebApp) -> Void = { _ in },
        _ body: @Sendable (any TestClientProtocol, TestClock, HearthStore) async throws -> Void
    ) async throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("hearth-web-\(UUID()).sqlite").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let store = try await HearthStore.open(.sqlite(path: path), logger: Logger(label: "test"))
        let clock = TestClock()
        do {
            try await store.migrate()
            try await seed(store)
            let accounts = UserAccounts(store: store, passwordCost: passwordCost, now: { clock.now })
            for role in Role.allCases {
                try await accounts.add(
                    role.rawValue, role: role, password: password, authorities: .all, twoFactor: false, by: "test")
            }
            // Administrators without two-factor may sign in here; TwoFactorTests turn the rule back on.
            var policy = SessionPolicy(passwordCost: passwordCost)
            policy.adminsNeedTwoFactor = false
            var app = HearthWebApp(
                store: store, today: { Day(iso: "2026-11-24")! }, now: { clock.now }, sessionPolicy: policy)
            app.exportSalt = exportSalt
            configure(&app)
            try await app.application(port: 0, logger: Logger(label: "test")).test(live ? .live : .router) { client in
                try await body(client, clock, store)
            }
            try await store.shutdown()
        } catch {
            try? await store.shutdown()
            throw error
        }
    }
}

/// A browser signed in to the test app: its session cookie and the token its forms carry.
struct SignedInClient: Sendable {
    let client: any TestClientProtocol
    let sessionCookie: String
    let csrfToken: String

    /// Signs in through the form, as a browser would: GET /login for the form and its cookie, then POST.
    static func signIn(
        _ client: any TestClientProtocol, as username: String,
        password: String = WebTestApp.password
    ) async throws -> SignedInClient {
        let response = try await SignInForm.post(client, username: username, password: password)
        guard let cookie = cookieValue(SessionPolicy.sessionCookie, in: response), !cookie.isEmpty else {
            throw SignInFailed(status: response.status.code, page: String(buffer: response.body))
        }
        let signedIn = SignedInClient(client: client, sessionCookie: cookie, csrfToken: "")
        let page = String(buffer: try await signedIn.execute(uri: "/", method: .get).body)
        return SignedInClient(client: client, sessionCookie: cookie, csrfToken: hiddenToken(in: page) ?? "")
    }

    var headers: HTTPFields { [.cookie: "\(SessionPolicy.sessionCookie)=\(sessionCookie)"] }

    @discardableResult
    func execute<Return>(
        uri: String, method: HTTPRequest.Method, body: ByteBuffer? = nil,
        testCallback: @escaping (TestResponse) async throws -> Return = { $0 }
    ) async throws -> Return {
        var headers = self.headers
        if body != nil { headers[.contentType] = "application/x-www-form-urlencoded" }
        return try await client.execute(
            uri: uri, method: method, headers: headers, body: body, testCallback: testCallback)
    }

    /// POSTs a form carrying this session's CSRF token (or `token` instead, to test refusal).
    func post(_ uri: String, _ fields: [String: String] = [:], token: String? = nil) async throws -> TestResponse {
        var fields = fields
        fields["csrf_token"] = token ?? csrfToken
        return try await execute(uri: uri, method: .post, body: ByteBuffer(string: formBody(fields)))
    }
}

struct SignInFailed: Error {
    var status: Int
    var page: String
}

/// The sign-in form as a browser fills it in.
enum SignInForm {
    /// GET /login, then POST the form with the pre-session cookie and the token from the page.
    static func post(
        _ client: any TestClientProtocol, username: String, password: String,
        next: String = "/", token: String? = nil
    ) async throws -> TestResponse {
        let form = try await client.execute(uri: "/login", method: .get)
        let cookie = cookieValue(SessionPolicy.signInCookie, in: form) ?? ""
        let fields = [
            "csrf_token": token ?? hiddenToken(in: String(buffer: form.body)) ?? "",
            "username": username, "password": password, "next": next,
        ]
        return try await client.execute(
            uri: "/login", method: .post,
            headers: [
                .cookie: "\(SessionPolicy.signInCookie)=\(cookie)",
                .contentType: "application/x-www-form-urlencoded",
            ],
            body: ByteBuffer(string: formBody(fields)))
    }
}

func formBody(_ fields: [String: String]) -> String {
    fields.sorted { $0.key < $1.key }.map { name, value in
        name + "=" + (value.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")
    }.joined(separator: "&")
}

/// The value a response's Set-Cookie gives `name`, or `nil` when it sets no such cookie.
func cookieValue(_ name: String, in response: TestResponse) -> String? {
    setCookie(name, in: response).map { header in
        String(header.dropFirst(name.count + 1).prefix { $0 != ";" })
    }
}

/// The whole Set-Cookie header for `name`, attributes included.
func setCookie(_ name: String, in response: TestResponse) -> String? {
    response.headers[values: .setCookie].first { $0.hasPrefix(name + "=") }
}

/// The value of the first hidden `csrf_token` field on a page.
func hiddenToken(in page: String) -> String? {
    guard let field = page.range(of: "name=\"csrf_token\" value=\"") else { return nil }
    return String(page[field.upperBound...].prefix { $0 != "\"" })
}
