import Foundation
import Hummingbird
import HummingbirdTesting
import Storage
import Testing

@testable import WebApp

@Suite("Route × role matrix, walked in process")
struct RouteAccessTests {
    /// `askedForToken`: an API route's 401 JSON with `WWW-Authenticate: Bearer`, its answer to no credentials.
    /// `notJSON`: an API route refused in HTML, which a program cannot read.
    enum Outcome: String, Equatable { case allowed, denied, redirectedToSignIn, askedForToken, notJSON }

    /// The matrix, pinned here by hand so that removing, adding or loosening a rule is a deliberate change
    /// to this test too; a route missing from the matrix is answered 404 for everyone.
    @Test func matrixIsAsDocumented() {
        let everyRole = Set(Role.allCases)
        // Written out rather than taken from RouteAccess.childLevel: everyone but read-only.
        let childLevel: Set<Role> = [.admin, .finance, .placements, .manager, .socialWorker]
        // The council's own homes: households and homes are named, so the officers' roles only; the
        // sufficiency gap is aggregates, so read-only sees it too (small numbers suppressed).
        let supply: Set<Role> = [.admin, .finance, .placements, .manager]
        let sufficiency = supply.union([.readOnly])
        let expected: [(String, RouteAccess.Audience)] = [
            ("GET /healthz", .everyone), ("GET /assets/*", .everyone), ("GET /login", .everyone),
            ("POST /login", .everyone), ("GET /login/two-factor", .everyone), ("POST /login/two-factor", .everyone),
            ("POST /logout", .signedIn), ("GET /", .roles(everyRole)),
            ("GET /budget", .roles([.admin, .finance, .manager, .readOnly])),
            ("GET /budget/line", .roles([.admin, .finance, .manager])),
            ("GET /budget.csv", .roles([.admin, .finance, .manager, .readOnly])),
            ("GET /budget.xlsx", .roles([.admin, .finance, .manager, .readOnly])),
            ("GET /children", .roles(childLevel)), ("GET /children/*", .roles(childLevel)),
            ("GET /audit", .roles([.admin])),
            ("GET /data", .roles([.admin, .finance, .placements, .manager])),
            ("POST /data", .roles([.admin, .finance, .placements, .manager])),
            ("POST /data/confirm", .roles([.admin, .finance, .placements, .manager])),
            ("POST /data/undo", .roles([.admin])),
            ("GET /projection", .roles(everyRole)),
            ("GET /sufficiency", .roles(sufficiency)), ("GET /fostering", .roles(supply)),
            ("GET /homes", .roles(supply)),
            // Programmes in aggregate as sufficiency; a plan names a child, so not for read-only; the plans are
            // changed by those who keep the supply registers.
            ("GET /programmes", .roles(sufficiency)), ("GET /programmes/plans/*", .roles(supply)),
            ("POST /programmes/plans/*", .roles([.admin, .placements, .manager])),
            ("GET /programmes/*", .roles(sufficiency)),
            // Scenarios are read as programmes are; those who weigh the levers (finance too) build them.
            ("GET /scenarios", .roles(sufficiency)), ("GET /scenarios/compare", .roles(sufficiency)),
            ("POST /scenarios/run", .roles(supply)), ("POST /scenarios", .roles(supply)),
            ("POST /scenarios/delete", .roles(supply)),
            ("GET /api/v1/summary", .roles(everyRole)),
            ("GET /api/v1/budget", .roles([.admin, .finance, .manager, .readOnly])),
            ("GET /api/v1/projection", .roles(everyRole)), ("GET /api/v1/children", .roles(childLevel)),
            ("GET /api/v1/sufficiency", .roles(sufficiency)), ("GET /api/v1/fostering", .roles(supply)),
            ("GET /api/v1/homes", .roles(supply)),
            ("GET /api/v1/programmes", .roles(sufficiency)), ("GET /api/v1/programmes/*", .roles(supply)),
            ("GET /api/v1/scenarios", .roles(sufficiency)), ("GET /api/v1/scenarios/compare", .roles(sufficiency)),
            ("GET /openapi.yaml", .everyone), ("GET /export/pseudonymised", .roles([.admin])),
        ]
        #expect(RouteAccess.rules.map { "\($0.method) \($0.path)" } == expected.map(\.0))
        for (rule, (route, audience)) in zip(RouteAccess.rules, expected) {
            #expect(rule.audience == audience, "\(route)")
        }
        #expect(RouteAccess.childLevel == childLevel)
    }

    @Test func unknownRouteIsNotFound() async throws {
        try await WebTestApp.run { client, _, _ in
            #expect(try await client.execute(uri: "/admin", method: .get).status == .notFound)
            let admin = try await SignedInClient.signIn(client, as: "admin")
            #expect(try await admin.execute(uri: "/admin", method: .get).status == .notFound)
        }
    }

    /// Every rule × every role and no session: allowed where the matrix says so, otherwise 403 for a
    /// signed-in role and a redirect to the sign-in page without a session.
    @Test(arguments: RouteAccess.rules)
    func walk(_ rule: RouteAccess.Rule) async throws {
        try await WebTestApp.run(seed: BudgetRouteTests.seed) { client, _, _ in
            for role in [nil] + Role.allCases.map(Optional.some) {
                let expected = Self.expectedOutcome(rule.audience, role, api: rule.path.hasPrefix("/api/"))
                let outcome = try await Self.request(rule, as: role, client)
                #expect(outcome == expected, "\(rule.method) \(rule.path) as \(role?.rawValue ?? "nobody")")
            }
        }
    }

    /// What the matrix says should happen, worked out here rather than with `Audience.allows`, so a
    /// mistake there cannot hide itself.
    static func expectedOutcome(_ audience: RouteAccess.Audience, _ role: Role?, api: Bool = false) -> Outcome {
        switch (audience, role) {
        case (.everyone, _): .allowed
        case (_, nil): api ? .askedForToken : .redirectedToSignIn
        case (.signedIn, _): .allowed
        case (.roles(let roles), let role?): roles.contains(role) ? .allowed : .denied
        }
    }

    static func request(_ rule: RouteAccess.Rule, as role: Role?, _ client: any TestClientProtocol) async throws
        -> Outcome
    {
        // The seed's one child is 990/A: the child page rule is walked on its record.
        let uri =
            rule.path == "/children/*"
            ? "/children/990/A"
            : rule.path.replacingOccurrences(of: "*", with: "hearth.css")
                + (rule.path.hasPrefix("/budget") ? "?period=2024-12" : "")
                + (rule.path == "/budget/line" ? "&line=External%20Fostering%20%28IFA%29" : "")
        let response: TestResponse
        if rule.path == "/login" && rule.method == .post {
            response = try await SignInForm.post(
                client, username: role?.rawValue ?? "nobody", password: "not the password")
        } else if let role {
            let browser = try await SignedInClient.signIn(client, as: role.rawValue)
            response =
                rule.method == .post
                ? try await browser.post(uri) : try await browser.execute(uri: uri, method: rule.method)
        } else {
            response = try await client.execute(uri: uri, method: rule.method)
        }
        // An upload with a token and no file gets past the matrix and the CSRF check to the form's own
        // answer, 422 "Choose the files to upload": for this route that is being let in.
        if rule.method == .post, rule.path == "/data", response.status == .unprocessableContent { return .allowed }
        // Likewise a confirmation with no upload waiting (410) and an undo of no import (409).
        if rule.path == "/data/confirm", response.status == .gone { return .allowed }
        if rule.path == "/data/undo", response.status == .conflict { return .allowed }
        // A programme or plan the seed lacks ("hearth.css"): the handler's 404, past the matrix.
        if rule.path.hasSuffix("/*"), rule.path.contains("/programmes/"), response.status == .notFound {
            return .allowed
        }
        // A comparison without ids (400), a build with no fields (422), a delete of no scenario (404): the
        // handler's own answers, past the matrix.
        if rule.path.contains("/scenarios"), [400, 404, 422].contains(response.status.code) { return .allowed }
        return classify(response, api: rule.path.hasPrefix("/api/"))
    }

    static func classify(_ response: TestResponse, api: Bool = false) -> Outcome {
        if api && response.status.code >= 400 {
            guard response.headers[.contentType]?.hasPrefix("application/json") == true else { return .notJSON }
            if response.status == .unauthorized, response.headers[.wwwAuthenticate]?.hasPrefix("Bearer") == true {
                return .askedForToken
            }
        }
        if response.status == .forbidden { return .denied }
        if response.status == .seeOther, response.headers[.location]?.hasPrefix("/login?next=") == true {
            return .redirectedToSignIn
        }
        return response.status.code < 400 || response.status == .unauthorized ? .allowed : .denied
    }

    @Test func deniedRoleGetsAClearPage() async throws {
        try await WebTestApp.run(seed: BudgetRouteTests.seed) { client, _, _ in
            let browser = try await SignedInClient.signIn(client, as: "social-worker")
            let response = try await browser.execute(uri: "/budget", method: .get)
            #expect(response.status == .forbidden)
            #expect(String(buffer: response.body).contains("Your account's role (social-worker) does not allow it."))
        }
    }

    /// The admin's own sign-in is in the log they then open; the link to it shows for admins only.
    @Test func adminSeesTheAuditLog() async throws {
        try await WebTestApp.run { client, _, _ in
            let admin = try await SignedInClient.signIn(client, as: "admin")
            let page = String(buffer: try await admin.execute(uri: "/audit", method: .get).body)
            #expect(page.contains("<td>admin</td><td>login</td>"))
            #expect(page.contains("<a href=\"/audit\" aria-current=\"page\">Audit log</a>"))
            let finance = try await SignedInClient.signIn(client, as: "finance")
            #expect(!String(buffer: try await finance.execute(uri: "/", method: .get).body).contains("/audit"))
        }
    }

    @Test func markdownTableHasARowPerRoute() {
        let lines = RouteAccess.markdownTable.split(separator: "\n")
        #expect(lines.count == RouteAccess.rules.count + 2)
        #expect(
            lines[0]
                == "| Route | admin | finance | placements | manager | social-worker | read-only | Not signed in | Note |"
        )
        #expect(lines.contains { $0.hasPrefix("| GET /budget | yes | yes | – | yes | – | yes | → /login |") })
        #expect(lines.contains { $0.hasPrefix("| GET /children/* | yes | yes | yes | yes | yes | – | → /login |") })
    }
}

extension RouteAccess.Rule: CustomTestStringConvertible {
    public var testDescription: String { "\(method) \(path)" }
}

@Suite("The README's route × role table")
struct RouteTableDocumentationTests {
    /// The README shows the matrix exactly as `RouteAccess` enforces it, so the documentation cannot drift.
    @Test func readmeHasTheMatrix() throws {
        let readme = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("README.md")
        let text = try String(contentsOf: readme, encoding: .utf8)
        #expect(
            text.contains(RouteAccess.markdownTable), "README.md should hold this table:\n\(RouteAccess.markdownTable)")
    }
}
