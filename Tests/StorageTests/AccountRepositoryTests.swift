import CareModel
import Foundation
import SQLKit
import Testing

@testable import Storage

@Suite("Accounts, sessions, failed sign-ins and the audit log")
struct AccountRepositoryTests {
    static let created = Date(timeIntervalSince1970: 1_795_000_000)

    static func account(_ name: String, _ role: Role) -> Account {
        Account(username: name, role: role, passwordHash: "$2b$04$hash-of-\(name)", createdAt: created)
    }

    @Test("accounts round-trip, sorted by username; a taken name is refused", arguments: Backend.available)
    func accounts(_ backend: Backend) async throws {
        try await withStore(backend) { store in
            try await store.accounts.add(Self.account("sam", .readOnly))
            try await store.accounts.add(Self.account("dana", .finance))
            #expect(
                try await store.accounts.accounts() == [Self.account("dana", .finance), Self.account("sam", .readOnly)])
            #expect(try await store.accounts.account(named: "sam") == Self.account("sam", .readOnly))
            #expect(try await store.accounts.account(named: "nobody") == nil)
            await #expect(throws: AccountError.accountExists("dana")) {
                try await store.accounts.add(Self.account("dana", .admin))
            }
            #expect(try await store.accounts.account(named: "dana")?.role == .finance)
        }
    }

    @Test("password change and disabling; unknown names are refused", arguments: Backend.available)
    func changes(_ backend: Backend) async throws {
        try await withStore(backend) { store in
            try await store.accounts.add(Self.account("dana", .finance))
            let session = StoredSession(
                tokenHash: "h1", username: "dana", csrfToken: "c1", createdAt: Self.created,
                lastSeenAt: Self.created)
            try await store.accounts.addSession(session)
            try await store.accounts.setPasswordHash("new-hash", for: "dana")
            #expect(try await store.accounts.account(named: "dana")?.passwordHash == "new-hash")
            #expect(try await store.accounts.session(tokenHash: "h1") == nil)  // a new password ends its sessions
            try await store.accounts.addSession(session)
            try await store.accounts.disable("dana")
            #expect(try await store.accounts.account(named: "dana")?.isDisabled == true)
            #expect(try await store.accounts.session(tokenHash: "h1") == nil)  // disabling ends its sessions
            try await store.accounts.enable("dana")
            #expect(try await store.accounts.account(named: "dana")?.isDisabled == false)
            await #expect(throws: AccountError.noSuchAccount("jo")) { try await store.accounts.enable("jo") }
            await #expect(throws: AccountError.noSuchAccount("jo")) { try await store.accounts.disable("jo") }
            await #expect(throws: AccountError.noSuchAccount("jo")) {
                try await store.accounts.setPasswordHash("x", for: "jo")
            }
        }
    }

    @Test("sessions are stored, touched and removed", arguments: Backend.available)
    func sessions(_ backend: Backend) async throws {
        try await withStore(backend) { store in
            try await store.accounts.add(Self.account("dana", .finance))
            let session = StoredSession(
                tokenHash: "h1", username: "dana", csrfToken: "c1", createdAt: Self.created,
                lastSeenAt: Self.created)
            try await store.accounts.addSession(session)
            #expect(try await store.accounts.session(tokenHash: "h1") == session)
            let later = Self.created + 600
            try await store.accounts.touchSession(tokenHash: "h1", at: later)
            #expect(try await store.accounts.session(tokenHash: "h1")?.lastSeenAt == later)
            try await store.accounts.removeSession(tokenHash: "h1")
            #expect(try await store.accounts.session(tokenHash: "h1") == nil)
        }
    }

    /// Of sessions started at t, t+100 and t+200 and last seen at t+300, t+150, t+250: ending those created
    /// before t+50 or last seen before t+200 removes the first (created t) and second (seen t+150).
    @Test("expired sessions are swept", arguments: Backend.available)
    func sweep(_ backend: Backend) async throws {
        try await withStore(backend) { store in
            try await store.accounts.add(Self.account("dana", .finance))
            let t = Self.created
            for (hash, created, seen) in [("a", 0.0, 300.0), ("b", 100, 150), ("c", 200, 250)] {
                try await store.accounts.addSession(
                    StoredSession(
                        tokenHash: hash, username: "dana", csrfToken: "x",
                        createdAt: t + created, lastSeenAt: t + seen))
            }
            try await store.accounts.removeSessions(createdBefore: t + 50, lastSeenBefore: t + 200)
            for (hash, kept) in [("a", false), ("b", false), ("c", true)] {
                #expect((try await store.accounts.session(tokenHash: hash) != nil) == kept, "\(hash)")
            }
        }
    }

    @Test("failed sign-ins count up, restart and clear, for any username", arguments: Backend.available)
    func failures(_ backend: Backend) async throws {
        try await withStore(backend) { store in
            let t = Self.created
            try await store.accounts.recordLoginFailure(for: "ghost", at: t, restart: false)
            try await store.accounts.recordLoginFailure(for: "ghost", at: t + 5, restart: false)
            #expect(
                try await store.accounts.loginFailures(for: "ghost") == LoginFailures(count: 2, lastFailedAt: t + 5))
            try await store.accounts.recordLoginFailure(for: "ghost", at: t + 1000, restart: true)
            #expect(
                try await store.accounts.loginFailures(for: "ghost") == LoginFailures(count: 1, lastFailedAt: t + 1000))
            try await store.accounts.clearLoginFailures(for: "ghost")
            #expect(try await store.accounts.loginFailures(for: "ghost") == nil)
        }
    }

    @Test("the audit log keeps entries in order", arguments: Backend.available)
    func auditRoundTrip(_ backend: Backend) async throws {
        try await withStore(backend) { store in
            let entries = [
                AuditEntry(time: Self.created, username: "dana", action: .login, ipAddress: "192.0.2.1"),
                AuditEntry(
                    time: Self.created + 60, username: "dana", action: .viewChild,
                    child: ChildKey(authority: "879", child: "A1"), detail: "child page", ipAddress: "192.0.2.1"),
                AuditEntry(
                    time: Self.created + 120, username: "cli:jo", action: .userAdded, detail: "sam as read-only"),
            ]
            for entry in entries { try await store.audit.append(entry) }
            #expect(try await store.audit.entries() == entries)
            // The pages' reads: the latest first, at most `limit`, of one action when asked; and the count.
            #expect(try await store.audit.latest(2, action: nil) == [entries[2], entries[1]])
            #expect(try await store.audit.latest(10, action: .login) == [entries[0]])
            #expect(try await store.audit.latest(10, action: .import).isEmpty)
            #expect(try await store.audit.count() == 3)
        }
    }

    @Test("the database refuses to change or delete audit entries", arguments: Backend.available)
    func auditIsAppendOnly(_ backend: Backend) async throws {
        try await withStore(backend) { store in
            try await store.audit.append(AuditEntry(time: Self.created, username: "dana", action: .login))
            for statement in ["UPDATE audit_log SET username = 'someone else'", "DELETE FROM audit_log"] {
                await #expect(throws: (any Error).self, "\(statement)") {
                    try await store.connection.exclusive { db in try await db.raw(SQLQueryString(statement)).run() }
                }
            }
            #expect(try await store.audit.entries().map(\.username) == ["dana"])
        }
    }
}

/// What anonymous visitors can put in the audit log is bounded (the review grew it by 55 MB in 9 s).
@Suite("Audit entries are bounded")
struct AuditEntryBoundsTests {
    @Test func longFieldsKeepTheirStartAndSayHowLongTheyWere() {
        let huge = String(repeating: "x", count: 63_000)
        let entry = AuditEntry(
            time: Date(), username: huge, action: .loginFailed, child: ChildKey(authority: "990", child: huge),
            detail: huge, ipAddress: huge)
        // 100 characters, then "… (63000 characters)" (20 more).
        #expect(entry.username == String(repeating: "x", count: 100) + "… (63000 characters)")
        #expect(entry.child?.child.count == 120)
        #expect(entry.detail.count == 1_000 + 20)
        #expect(entry.ipAddress.count == 120)
        #expect(AuditEntry(time: Date(), username: "dana", action: .login).username == "dana")
    }
}
