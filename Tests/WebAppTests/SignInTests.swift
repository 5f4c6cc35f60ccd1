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

    /// Behind a trusted proxy that says https the cookie is Secure; the same header from anyone else is
    /// ignored (any client can write it).
    @Test(arguments: [true, false])
    func cookieIsSecureBehindATrustedHTTPSProxy(trusted: Bool) async throws {
        try await WebTestApp.run(
            live: true, configure: { if trusted { $0.trustedProxies = ForwardedHeadersTests.loopback } }
        ) {
            client, _, _ in
            let response = try await client.execute(
                uri: "/login", method: .get, headers: [.init("X-Forwarded-Proto")!: "https"])
            #expect(setCookie(SessionPolicy.signInCookie, in: response)?.contains("Secure") == trusted)
            #expect((response.headers[.strictTransportSecurity] != nil) == trusted)
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

    /// 5 failures lock the username for 15 minutes from its latest attempt, even with the right password;
    /// after that it works.
    @Test func fiveFailuresLockTheUsernameForFifteenMinutes() async throws {
        try await WebTestApp.run { client, clock, store in
            for _ in 1...5 { _ = try await SignInForm.post(client, username: "finance", password: "not the password") }
            let locked = try await SignInForm.post(client, username: "finance", password: WebTestApp.password)
            #expect(String(buffer: locked.body).contains(SignIn.throttled))
            clock.advance(minutes: 14)
            let stillLocked = try await SignInForm.post(client, username: "finance", password: WebTestApp.password)
            #expect(String(buffer: stillLocked.body).contains(SignIn.throttled))
            clock.advance(minutes: 15)  // 15 minutes after the latest attempt
            let response = try await SignInForm.post(client, username: "finance", password: WebTestApp.password)
            #expect(response.status == .seeOther)
            // The success forgot the count: five more failures are needed to lock it again.
            for _ in 1...4 { _ = try await SignInForm.post(client, username: "finance", password: "not the password") }
            let again = try await SignInForm.post(client, username: "finance", password: WebTestApp.password)
            #expect(again.status == .seeOther)
            #expect(try await store.audit.entries().filter { $0.action == .login }.count == 2)
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
        // The security review's open redirect: `next=/%09/host/path` arrives as "/\t/host/path", which a
        // browser follows as "//host/path". Every control character and white space is refused likewise.
        for sneaky in [
            "/\t/127.0.0.1:18799/phish", "/\n/evil.example", "/\r\n/evil.example", " //evil.example",
            "/\u{0B}/evil.example", "/\u{A0}/evil.example",
        ] {
            #expect(AccessPages.safeNext(sneaky) == "/", "\(sneaky.debugDescription)")
        }
    }

    /// A 63 KB username (what the review used to grow the log by 55 MB) is refused like any other and
    /// logged cut to its first 100 characters.
    @Test func hugeUsernamesAreLoggedBounded() async throws {
        try await WebTestApp.run { client, _, store in
            let huge = String(repeating: "u", count: 63_000)
            let response = try await SignInForm.post(client, username: huge, password: "not the password")
            #expect(response.status != .seeOther)
            let last = try #require(try await store.audit.entries().last)
            #expect(last.action == .loginFailed)
            #expect(last.username == String(repeating: "u", count: 100))  // cut before the failures table too
        }
    }

    /// An unknown username is checked against a decoy hash of the same bcrypt cost as the accounts', so a
    /// refusal takes as long whether or not the name exists (the review timed 7 ms against 290 ms).
    @Test func unknownUsersCostTheSameBcryptAsKnownOnes() {
        #expect(SessionPolicy().passwordCost == UserAccounts.defaultPasswordCost)
        #expect(UserAccounts.defaultPasswordCost == 12)
        #expect(SignIn.decoyHash(cost: 4).hasPrefix("$2b$04$"))
        #expect(SignIn.decoyHash(cost: 12).hasPrefix("$2b$12$"))
        #expect(SignIn.decoyHash(cost: 4) == SignIn.decoyHash(cost: 4))  // made once
    }

    /// The same, end to end: the sign-in form carries the cleaned `next`, and signing in goes home.
    @Test func signInAfterASneakyNextStaysOnTheSite() async throws {
        try await WebTestApp.run { client, _, _ in
            let form = try await client.execute(uri: "/login?next=/%09/127.0.0.1:18799/phish", method: .get)
            #expect(String(buffer: form.body).contains("name=\"next\" value=\"/\""))
            let response = try await SignInForm.post(
                client, username: "finance", password: WebTestApp.password, next: "/\t/127.0.0.1:18799/phish")
            #expect(response.status == .seeOther)
            #expect(response.headers[.location] == "/")
        }
    }
}
