import CouncilTasks
import Crypto
import Foundation
import Hummingbird
import HummingbirdTesting
import Storage
import Testing

@testable import WebApp

@Suite("Signing in and out, sessions, throttling and CSRF, in process")
struct SignInTests {
    @Test func signInSetsAStrictHttpOnlySessionCookieAndGoesOn() async throws {
        try await WebTestApp.run { client, _, store in
            let response = try await SignInForm.post(
                client, username: "finance", password: WebTestApp.password, next: "/budget")
            #expect(response.status == .seeOther)
            #expect(response.headers[.location] == "/budget")
            let cookie = try #require(setCookie(SessionPolicy.sessionCookie, in: response))
            #expect(cookie.contains("HttpOnly"))
            #expect(cookie.contains("SameSite=Strict"))
            #expect(cookie.contains("Path=/"))
            #expect(!cookie.contains("Secure"))  // plain HTTP in the test, no --secure-cookies
            // 256-bit token = 64 hex digits; the database keeps only its SHA-256.
            let token = try #require(cookieValue(SessionPolicy.sessionCookie, in: response))
            #expect(token.count == 64)
            #expect(try await store.accounts.session(tokenHash: token) == nil)
            #expect(try await store.accounts.session(tokenHash: SHA256.hex(token))?.username == "finance")
            #expect(try await store.audit.entries().last?.action == .login)
        }
    }

    @Test func cookieIsSecureBehindHTTPSProxy() async throws {
        try await WebTestApp.run { client, _, _ in
            let response = try await client.execute(
                uri: "/login", method: .get, headers: [.init("X-Forwarded-Proto")!: "https"])
            #expect(setCookie(SessionPolicy.signInCookie, in: response)?.contains("Secure") == true)
        }
    }

    /// Unknown user and wrong password get the same words; a disabled account cannot sign in.
    @Test(arguments: [
        ("nobody", WebTestApp.password), ("finance", "wrong password!!"), ("manager", WebTestApp.password),
    ])
    func failedSignInIsVague(username: String, password: String) async throws {
        try await WebTestApp.run { client, clock, store in
            try await UserAccounts(store: store, passwordCost: 4, now: { clock.now }).disable("manager", by: "test")
            let response = try await SignInForm.post(client, username: username, password: password)
            #expect(response.status == .unauthorized)
            #expect(String(buffer: response.body).contains(SignIn.wrongDetails))
            #expect(cookieValue(SessionPolicy.sessionCookie, in: response) == nil)
            #expect(try await store.audit.entries().last?.action == .loginFailed)
        }
    }

    /// 5 failures lock the username for 15 minutes, even with the right password; after that it works.
    @Test func fiveFailuresLockTheUsernameForFifteenMinutes() async throws {
        try await WebTestApp.run { client, clock, store in
            for _ in 1...5 { _ = try await SignInForm.post(client, username: "finance", password: "not the password") }
            let locked = try await SignInForm.post(client, username: "finance", password: WebTestApp.password)
            #expect(String(buffer: locked.body).contains(SignIn.throttled))
            #expect(try await store.accounts.loginFailures(for: "finance")?.count == 5)
            clock.advance(minutes: 14)
            #expect(
                String(
                    buffer: try await SignInForm.post(client, username: "finance", password: WebTestApp.password).body
                )
                .contains(SignIn.throttled))
            clock.advance(minutes: 1)  // 15 minutes after the 5th failure
            let response = try await SignInForm.post(client, username: "finance", password: WebTestApp.password)
            #expect(response.status == .seeOther)
            #expect(try await store.accounts.loginFailures(for: "finance") == nil)
        }
    }

    @Test func signInWithoutTheFormTokenIsRefused() async throws {
        try await WebTestApp.run { client, _, _ in
            let response = try await SignInForm.post(
                client, username: "finance", password: WebTestApp.password,
                token: "0000")
            #expect(response.status == .forbidden)
            #expect(cookieValue(SessionPolicy.sessionCookie, in: response) == nil)
        }
    }

    @Test func signOutNeedsTheSessionTokenAndEndsTheSession() async throws {
        try await WebTestApp.run { client, _, store in
            let browser = try await SignedInClient.signIn(client, as: "admin")
            #expect(browser.csrfToken.count == 64)
            #expect(try await browser.post("/logout", token: "forged").status == .forbidden)
            #expect(try await browser.execute(uri: "/", method: .get).status == .ok)
            let out = try await browser.post("/logout")
            #expect(out.status == .seeOther)
            #expect(out.headers[.location] == "/login")
            #expect(try await browser.execute(uri: "/", method: .get).status == .seeOther)
            #expect(try await store.audit.entries().map(\.action).suffix(2) == [.login, .logout])
        }
    }

    /// Idle: 30 minutes without a request ends the session; 29 does not.
    @Test func idleSessionExpires() async throws {
        try await WebTestApp.run { client, clock, _ in
            let browser = try await SignedInClient.signIn(client, as: "admin")
            clock.advance(minutes: 29)
            #expect(try await browser.execute(uri: "/", method: .get).status == .ok)
            clock.advance(minutes: 30)
            let response = try await browser.execute(uri: "/budget", method: .get)
            #expect(response.status == .seeOther)
            #expect(response.headers[.location] == "/login?next=%2Fbudget")
        }
    }

    /// Absolute: a request every 20 minutes keeps it alive until 8 hours (24 × 20 min = 480 min) after sign-in.
    @Test func busySessionEndsAfterEightHours() async throws {
        try await WebTestApp.run { client, clock, _ in
            let browser = try await SignedInClient.signIn(client, as: "admin")
            for _ in 1...23 {
                clock.advance(minutes: 20)
                #expect(try await browser.execute(uri: "/healthz", method: .get).status == .ok)
                #expect(try await browser.execute(uri: "/", method: .get).status == .ok)
            }
            clock.advance(minutes: 20)
            #expect(try await browser.execute(uri: "/", method: .get).status == .seeOther)
        }
    }

    /// The redirect's `next` comes back, decoded, in the form; pages cannot be framed.
    @Test func formRemembersWhereYouWereGoing() async throws {
        try await WebTestApp.run { client, _, _ in
            let response = try await client.execute(uri: "/login?next=%2Fbudget%3Fperiod%3D2024-12", method: .get)
            #expect(String(buffer: response.body).contains("name=\"next\" value=\"/budget?period=2024-12\""))
            #expect(response.headers[.init("X-Frame-Options")!] == "DENY")
        }
    }

    @Test func nextCannotLeaveTheSite() {
        #expect(AccessPages.safeNext("/budget?period=2024-12") == "/budget?period=2024-12")
        #expect(AccessPages.safeNext("//evil.example/") == "/")
        #expect(AccessPages.safeNext("https://evil.example/") == "/")
        #expect(AccessPages.safeNext(nil) == "/")
    }
}
