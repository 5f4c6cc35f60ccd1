import Foundation
import Storage
import Testing

@testable import WebApp

/// Sign-in throttling as the security review found it broken: parallel guesses all checked, and anyone able
/// to lock any account.
@Suite struct SignInThrottleTests {
    static func signIn(_ store: HearthStore, _ clock: TestClock) -> SignIn {
        SignIn(store: store, policy: SessionPolicy(passwordCost: WebTestApp.passwordCost), now: { clock.now })
    }

    /// 40 parallel wrong passwords with a limit of 5: exactly 5 are checked, 35 refused unchecked.
    @Test func parallelGuessesAreCheckedOnlyUpToTheLimit() async throws {
        try await WebTestApp.run { _, clock, store in
            let signIn = Self.signIn(store, clock)
            try await withThrowingTaskGroup(of: SignIn.Outcome.self) { group in
                for _ in 1...40 {
                    group.addTask { try await signIn.attempt(username: "finance", password: "guess", ipAddress: "x") }
                }
                for try await _ in group {}
            }
            let failures = try await store.audit.entries().filter { $0.action == .loginFailed }.map(\.detail)
            #expect(failures.filter { $0 == "wrong password" }.count == 5)
            #expect(failures.filter { $0.hasPrefix("refused: too many") }.count == 35)
        }
    }

    /// A stranger's failures at a colleague's username lock the stranger's address, not the colleague.
    @Test func aStrangerCannotLockAColleagueOut() async throws {
        try await WebTestApp.run { _, clock, store in
            let signIn = Self.signIn(store, clock)
            for _ in 1...6 {
                _ = try await signIn.attempt(username: "finance", password: "guess", ipAddress: "203.0.113.9")
            }
            #expect(
                try await signIn.attempt(username: "finance", password: WebTestApp.password, ipAddress: "203.0.113.9")
                    == .refused(SignIn.throttled))
            let colleague = try await signIn.attempt(
                username: "finance", password: WebTestApp.password, ipAddress: "192.0.2.44")
            guard case .signedIn(let account) = colleague else {
                Issue.record("the colleague was refused: \(colleague)")
                return
            }
            #expect(account.username == "finance")
        }
    }

    /// One address trying many usernames is refused after 50 failures, whichever username comes next.
    @Test func oneAddressTryingManyUsernamesIsRefused() async throws {
        try await WebTestApp.run { _, clock, store in
            let signIn = Self.signIn(store, clock)
            for n in 1...50 { _ = try await signIn.attempt(username: "user\(n)", password: "guess", ipAddress: "a") }
            #expect(
                try await signIn.attempt(username: "finance", password: WebTestApp.password, ipAddress: "a")
                    == .refused(SignIn.throttledAddress))
            // Another address is not affected.
            #expect(
                try await signIn.attempt(username: "finance", password: WebTestApp.password, ipAddress: "b")
                    != .refused(SignIn.throttledAddress))
        }
    }
}
