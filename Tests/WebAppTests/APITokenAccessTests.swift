import CouncilTasks
import Crypto
import Foundation
import Hummingbird
import HummingbirdTesting
import Storage
import Testing

@testable import WebApp

@Suite("JSON API: bearer tokens and refusals")
struct APITokenAccessTests {
    static let apiRules = RouteAccess.rules.filter { $0.path.hasPrefix("/api/") }

    /// Every API route with a token for every role: 200 JSON where the matrix allows the role, else 403 JSON.
    /// A route with a reference in its path (a programme) is asked for "*", which the seed has not: 404 JSON
    /// where the matrix lets the role past; the comparison of scenarios, asked for none, 400 JSON.
    @Test(arguments: apiRules)
    func tokenActsWithItsAccountsRole(_ rule: RouteAccess.Rule) async throws {
        try await WebTestApp.run(seed: BudgetRouteTests.seed) { client, _, store in
            let answered: HTTPResponse.Status =
                rule.path.hasSuffix("*")
                ? .notFound : rule.path == Route.apiCompareScenarios.path ? .badRequest : .ok
            for role in Role.allCases {
                let api = try await APITestClient.withToken(client, store: store, for: role.rawValue)
                let response = try await api.get(rule.path)
                let allowed = RouteAccessTests.expectedOutcome(rule.audience, role) == .allowed
                #expect(response.status == (allowed ? answered : .forbidden), "\(rule.path) as \(role.rawValue)")
                #expect(response.headers[.contentType] == "application/json; charset=utf-8")
                if !allowed {
                    #expect(
                        APITestClient.object(response)?["error"] as? String
                            == "The account's role (\(role.rawValue)) may not use this API route; see /openapi.yaml for who may."
                    )
                }
            }
        }
    }

    @Test func withoutCredentialsTheAnswerIs401AskingForABearerToken() async throws {
        try await WebTestApp.run(seed: BudgetRouteTests.seed) { client, _, _ in
            let response = try await APITestClient(client: client, token: nil).get("/api/v1/summary")
            #expect(response.status == .unauthorized)
            #expect(response.headers[.wwwAuthenticate] == "Bearer realm=\"Hearth\"")
            #expect((APITestClient.object(response)?["error"] as? String)?.contains("Authorization: Bearer") == true)
            #expect(response.headers[.location] == nil)  // not a redirect to the sign-in page
        }
    }

    @Test(arguments: ["hearth_0000000000000000000000000000000000000000000000000000000000000000", "not-a-token"])
    func unknownTokenIsRefusedAsInvalid(token: String) async throws {
        try await WebTestApp.run(seed: BudgetRouteTests.seed) { client, _, _ in
            let response = try await APITestClient(client: client, token: token).get("/api/v1/summary")
            #expect(response.status == .unauthorized)
            #expect(response.headers[.wwwAuthenticate] == "Bearer realm=\"Hearth\", error=\"invalid_token\"")
        }
    }

    /// Other schemes (Basic) and an empty bearer are not tokens; a wrong header never falls back to the session.
    @Test func otherAuthorizationSchemesAreRefused() async throws {
        try await WebTestApp.run(seed: BudgetRouteTests.seed) { client, _, _ in
            let browser = try await SignedInClient.signIn(client, as: "finance")
            for header in ["Basic ZmluYW5jZTpwYXNzd29yZA==", "Bearer ", "Bearer"] {
                var headers = browser.headers
                headers[.authorization] = header
                let response = try await client.execute(uri: "/api/v1/summary", method: .get, headers: headers)
                #expect(response.status == .unauthorized, "\(header)")
            }
        }
    }

    @Test func revokedTokenAndDisabledAccountStopWorking() async throws {
        try await WebTestApp.run(seed: BudgetRouteTests.seed) { client, clock, store in
            let tokens = ApiTokens(store: store, now: { clock.now })
            let (revokedToken, record) = try await tokens.issue(for: "finance", name: "to revoke", by: "test")
            let finance = APITestClient(client: client, token: revokedToken)
            #expect(try await finance.get("/api/v1/summary").status == .ok)
            try await tokens.revoke(record.id, by: "test")
            #expect(try await finance.get("/api/v1/summary").status == .unauthorized)

            let manager = try await APITestClient.withToken(client, store: store, for: "manager")
            #expect(try await manager.get("/api/v1/summary").status == .ok)
            let accounts = UserAccounts(store: store, passwordCost: 4)
            try await accounts.disable("manager", by: "test")
            #expect(try await manager.get("/api/v1/summary").status == .unauthorized)
            // Disabling revoked the token: enabling the account again does not bring it back.
            try await accounts.enable("manager", by: "test")
            #expect(try await manager.get("/api/v1/summary").status == .unauthorized)
            #expect(
                try await store.audit.entries().map(\.action.rawValue).filter { $0.hasPrefix("token-") }
                    == ["token-added", "token-revoked", "token-added"])
        }
    }

    /// Use is recorded to the minute: the first call and one a minute later write, one in between does not.
    @Test func lastUseIsRecorded() async throws {
        try await WebTestApp.run(seed: BudgetRouteTests.seed) { client, clock, store in
            let api = try await APITestClient.withToken(client, store: store, for: "finance")
            let start = clock.now
            _ = try await api.get("/api/v1/summary")
            clock.advance(minutes: 0.5)
            _ = try await api.get("/api/v1/summary")
            #expect(try await store.apiTokens.tokens().first?.lastUsedAt == start)
            clock.advance(minutes: 1)
            _ = try await api.get("/api/v1/summary")
            #expect(try await store.apiTokens.tokens().first?.lastUsedAt == start + 90)
        }
    }

    /// A token opens the API only: the pages still need a signed-in session.
    @Test func tokenDoesNotOpenThePages() async throws {
        try await WebTestApp.run(seed: BudgetRouteTests.seed) { client, _, store in
            let api = try await APITestClient.withToken(client, store: store, for: "admin")
            let page = try await api.get("/budget?period=2024-12")
            #expect(page.status == .seeOther)
            #expect(page.headers[.location]?.hasPrefix("/login?next=") == true)
        }
    }

    @Test func signedInBrowserMayReadTheAPI() async throws {
        try await WebTestApp.run(seed: BudgetRouteTests.seed) { client, _, _ in
            let browser = try await SignedInClient.signIn(client, as: "read-only")
            #expect(try await browser.execute(uri: "/api/v1/summary", method: .get).status == .ok)
            #expect(try await browser.execute(uri: "/api/v1/children", method: .get).status == .forbidden)
            // Only reads: the API has no other methods, and an unknown API route is a JSON 404.
            let post = try await browser.post("/api/v1/summary")
            #expect(post.status == .notFound)
            #expect(post.headers[.contentType] == "application/json; charset=utf-8")
        }
    }

    @Test func tokensAreStoredHashedOnly() async throws {
        try await WebTestApp.run { client, _, store in
            let (token, record) = try await ApiTokens(store: store).issue(
                for: "finance", name: "Power BI", by: "cli:test")
            #expect(token.hasPrefix("hearth_") && token.count == 7 + 64)
            #expect(record.tokenHash == SHA256.hex(token))
            #expect(try await store.apiTokens.tokens().allSatisfy { $0.tokenHash != token })
            #expect(
                try await store.audit.entries().last?.detail
                    == "API token \(record.id) \"Power BI\" for finance as finance")
        }
    }

    @Test func tokenIssueRefusals() async throws {
        try await WebTestApp.run { _, _, store in
            let tokens = ApiTokens(store: store)
            await #expect(throws: AccountError.noSuchAccount("ghost")) {
                _ = try await tokens.issue(for: "ghost", name: "x", by: "t")
            }
            await #expect(throws: ApiTokenError.badName("")) {
                _ = try await tokens.issue(for: "finance", name: "  ", by: "t")
            }
            await #expect(throws: ApiTokenError.self) {
                _ = try await tokens.issue(for: "finance", name: "a\nb", by: "t")
            }
            try await UserAccounts(store: store, passwordCost: 4).disable("placements", by: "test")
            await #expect(throws: ApiTokenError.accountDisabled("placements")) {
                _ = try await tokens.issue(for: "placements", name: "x", by: "t")
            }
            #expect(try await store.apiTokens.tokens().isEmpty)
        }
    }
}
