import CouncilTasks
import Foundation
import Storage
import Testing

@testable import WebApp

@Suite("Account changes (hearth user …): rules, bcrypt and the audit log")
struct UserAccountsTests {
    @Test(arguments: [
        ("dana", "short", UserAccountError.passwordTooShort),  // 5 characters < 12
        ("dana", "elevenchars", UserAccountError.passwordTooShort),  // 11 < 12
        ("Dana", "twelve chars", UserAccountError.badUsername("Dana")),
        ("", "twelve chars", UserAccountError.badUsername("")),
        ("jo smith", "twelve chars", UserAccountError.badUsername("jo smith")),
    ])
    func refusedAccounts(username: String, password: String, error: UserAccountError) async throws {
        try await WebTestApp.run { _, clock, store in
            let accounts = UserAccounts(store: store, passwordCost: 4, now: { clock.now })
            await #expect(throws: error) {
                try await accounts.add(username, role: .finance, password: password, by: "cli:jo")
            }
        }
    }

    @Test func changesAreHashedAndAudited() async throws {
        try await WebTestApp.run { client, clock, store in
            let accounts = UserAccounts(store: store, passwordCost: 4, now: { clock.now })
            try await accounts.add("dana", role: .placements, password: "twelve chars", by: "cli:jo")
            let hash = try #require(try await store.accounts.account(named: "dana")?.passwordHash)
            #expect(hash.hasPrefix("$2b$04$") && !hash.contains("twelve"))
            for _ in 1...5 { _ = try await SignInForm.post(client, username: "dana", password: "not the password") }
            try await accounts.resetPassword("dana", to: "a new long phrase", by: "cli:jo")
            // The reset lifts the lockout: the new password works at once.
            #expect(
                try await SignInForm.post(client, username: "dana", password: "a new long phrase").status == .seeOther)
            try await accounts.disable("dana", by: "cli:jo")
            #expect(
                try await SignInForm.post(client, username: "dana", password: "a new long phrase").status != .seeOther)
            try await accounts.enable("dana", by: "cli:jo")
            #expect(
                try await SignInForm.post(client, username: "dana", password: "a new long phrase").status == .seeOther)
            let trail = try await store.audit.entries().filter { $0.username == "cli:jo" }
            #expect(trail.map(\.action) == [.userAdded, .passwordReset, .userDisabled, .userEnabled])
            #expect(trail.first?.detail == "dana as placements, authorities: every authority")
        }
    }

    @Test func randomPasswordsAreLongEnough() {
        #expect(UserAccounts.randomPassword().count == 20)
        #expect(UserAccounts.randomPassword().count >= UserAccounts.minimumPasswordLength)
    }
}
