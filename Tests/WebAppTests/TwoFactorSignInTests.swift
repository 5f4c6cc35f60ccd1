import CouncilTasks
import Crypto
import Foundation
import HummingbirdOTP
import HummingbirdTesting
import Interchange
import Storage
import Testing

@testable import WebApp

/// Two-factor sign-in through the forms: the password opens only the code's page; a right code opens
/// Hearth, once; a recovery code works once; wrong codes are throttled; administrators must have it.
@Suite struct TwoFactorSignInTests {
    static func run(_ body: @Sendable (any TestClientProtocol, TestClock, HearthStore) async throws -> Void)
        async throws
    {
        try await WebTestApp.run(configure: { $0.sessionPolicy.adminsNeedTwoFactor = true }, body)
    }

    static func enrol(_ store: HearthStore, _ clock: TestClock, _ username: String) async throws -> TwoFactorEnrolment {
        try await UserAccounts(store: store, passwordCost: WebTestApp.passwordCost, now: { clock.now })
            .setUpTwoFactor(for: username, by: "test")
    }

    /// The code an authenticator app shows at the clock's time.
    static func code(_ enrolment: TwoFactorEnrolment, _ clock: TestClock) -> String {
        String(format: "%06d", TOTP(secret: enrolment.secret).compute(date: clock.now))
    }

    /// The password step: the cookie it sets opens no page but the code's, whose form token comes back.
    static func password(_ client: any TestClientProtocol, _ username: String) async throws
        -> (cookie: String, waiting: String, token: String)
    {
        let first = try await SignInForm.post(client, username: username, password: WebTestApp.password)
        #expect(first.status == .seeOther)
        #expect(first.headers[.location] == "/login/two-factor?next=%2F")
        let waiting = try #require(cookieValue(SessionPolicy.sessionCookie, in: first))
        let cookie = "\(SessionPolicy.sessionCookie)=\(waiting)"
        let overview = try await client.execute(uri: "/", method: .get, headers: [.cookie: cookie])
        #expect(overview.status == .seeOther, "a password alone opens no page")
        let form = try await client.execute(uri: "/login/two-factor?next=%2F", method: .get, headers: [.cookie: cookie])
        #expect(String(buffer: form.body).contains("<h1>Enter your code</h1>"))
        return (cookie, waiting, hiddenToken(in: String(buffer: form.body)) ?? "")
    }

    /// The code step, on a session waiting for it.
    static func code(
        _ client: any TestClientProtocol, _ step: (cookie: String, waiting: String, token: String), _ code: String
    ) async throws -> TestResponse {
        try await client.execute(
            uri: "/login/two-factor", method: .post,
            headers: [.cookie: step.cookie, .contentType: "application/x-www-form-urlencoded"],
            body: .init(string: formBody(["csrf_token": step.token, "code": code, "next": "/"])))
    }

    /// Password, then code.
    static func signIn(_ client: any TestClientProtocol, _ username: String, code: String) async throws
        -> (waiting: String, response: TestResponse)
    {
        let step = try await password(client, username)
        return (step.waiting, try await Self.code(client, step, code))
    }

    @Test func aRightCodeOpensHearthOnce() async throws {
        try await Self.run { client, clock, store in
            let enrolment = try await Self.enrol(store, clock, "finance")
            let (waiting, response) = try await Self.signIn(client, "finance", code: Self.code(enrolment, clock))
            #expect(response.status == .seeOther && response.headers[.location] == "/")
            let session = try #require(cookieValue(SessionPolicy.sessionCookie, in: response))
            #expect(session != waiting, "a new token once the code is right")
            let page = try await client.execute(
                uri: "/", method: .get, headers: [.cookie: "\(SessionPolicy.sessionCookie)=\(session)"])
            #expect(page.status == .ok)
            // The same code again, seconds later: refused (it may have been seen over a shoulder).
            let (_, again) = try await Self.signIn(client, "finance", code: Self.code(enrolment, clock))
            #expect(again.status == .unauthorized)
            #expect(String(buffer: again.body).contains("The code is not right or has been used"))
        }
    }

    @Test func aRecoveryCodeWorksOnce() async throws {
        try await Self.run { client, clock, store in
            let enrolment = try await Self.enrol(store, clock, "placements")
            let recovery = enrolment.recoveryCodes[3].uppercased()
            #expect(try await Self.signIn(client, "placements", code: recovery).response.status == .seeOther)
            #expect(try await Self.signIn(client, "placements", code: recovery).response.status == .unauthorized)
            #expect(try await store.accounts.unusedRecoveryCodes(for: "placements") == 9)
            #expect(try await store.audit.entries().contains { $0.detail == "two-factor: recovery code, 9 left" })
        }
    }

    /// The password counts as one try and each wrong code as another: after five, even the right code is
    /// refused and the waiting session ends; and signing in with the password again does not start afresh.
    @Test func wrongCodesAreThrottled() async throws {
        try await Self.run { client, clock, store in
            let enrolment = try await Self.enrol(store, clock, "manager")
            let step = try await Self.password(client, "manager")
            for _ in 1...4 { #expect(try await Self.code(client, step, "000000").status == .unauthorized) }
            let response = try await Self.code(client, step, Self.code(enrolment, clock))
            #expect(String(buffer: response.body).contains(SignIn.throttled))
            #expect(try await store.accounts.session(tokenHash: SHA256.hex(step.waiting)) == nil)
            let again = try await SignInForm.post(client, username: "manager", password: WebTestApp.password)
            #expect(String(buffer: again.body).contains(SignIn.throttled))
        }
    }

    /// An administrator without an authenticator cannot sign in, and is told how to get one.
    @Test func administratorsMustHaveIt() async throws {
        try await Self.run { client, clock, store in
            let refused = try await SignInForm.post(client, username: "admin", password: WebTestApp.password)
            #expect(refused.status == .unauthorized)
            #expect(String(buffer: refused.body).contains("hearth user two-factor YOUR-USERNAME"))
            let enrolment = try await Self.enrol(store, clock, "admin")
            #expect(
                try await Self.signIn(client, "admin", code: Self.code(enrolment, clock)).response.status == .seeOther)
            await #expect(throws: UserAccountError.adminNeedsTwoFactor) {
                try await UserAccounts(store: store, passwordCost: 4).removeTwoFactor(for: "admin", by: "test")
            }
        }
    }
}
