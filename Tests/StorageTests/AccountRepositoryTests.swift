import CareModel
import Foundation
import SQLKit
import Testing

@testable import Storage

@Suite("Accounts, sessions, failed sign-ins and the audit log")
struct AccountRepositoryTests {
    static let created = Date(timeIntervalSince1970: 1_795_000_000)

    static func account(_ name: String, _ role: Role) -> Account {
        Account(
            username: name, role: role, passwordHash: "$2b$04$hash-of-\(name)", createdAt: created,
            authorities: role == .admin ? .all : .only(["201"]))
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

    @Test("an account's authorities round-trip, change, and ending its sessions", arguments: Backend.available)
    func authorities(_ backend: Backend) async throws {
        try await withStore(backend) { store in
            try await store.accounts.add(Self.account("dana", .finance))
            try await store.accounts.add(Self.account("root", .admin))
            #expect(try await store.accounts.account(named: "dana")?.authorities == .only(["201"]))
            #expect(try await store.accounts.account(named: "root")?.authorities == .all)
            try await store.accounts.addSession(
                StoredSession(
                    tokenHash: "s", username: "dana", csrfToken: "c", createdAt: Self.created, lastSeenAt: Self.created)
            )
            try await store.accounts.setAuthorities(.only(["202", "203"]), for: "dana")
            #expect(try await store.accounts.accounts().map(\.authorities) == [.only(["202", "203"]), .all])
            #expect(try await store.accounts.session(tokenHash: "s") == nil)
            try await store.accounts.setAuthorities(.noAuthority, for: "root")
            #expect(try await store.accounts.account(named: "root")?.authorities == AuthorityScope.noAuthority)
            await #expect(throws: AccountError.self) { try await store.accounts.setAuthorities(.all, for: "ghost") }
        }
    }

    @Test("sign-in attempts count up, start again after the window, and are forgotten", arguments: Backend.available)
    func signInAttempts(_ backend: Backend) async throws {
        try await withStore(backend) { store in
            let t = Self.created, accounts = store.accounts
            let ghost = SignInCounter.accountAtAddress(username: "ghost", address: "192.0.2.1")
            let address = SignInCounter.address("192.0.2.1")
            #expect(try await accounts.countSignInAttempt(ghost, at: t, startingAgainBefore: t - 900) == 1)
            #expect(try await accounts.countSignInAttempt(ghost, at: t + 5, startingAgainBefore: t - 895) == 2)
            // The same username from another address, and the address itself, are counts of their own.
            let elsewhere = SignInCounter.accountAtAddress(username: "ghost", address: "198.51.100.7")
            #expect(try await accounts.countSignInAttempt(elsewhere, at: t + 5, startingAgainBefore: t - 895) == 1)
            #expect(try await accounts.countSignInAttempt(address, at: t + 5, startingAgainBefore: t - 895) == 1)
            // Latest attempt t + 5 is before the window starting at t + 100: counting starts again.
            #expect(try await accounts.countSignInAttempt(ghost, at: t + 1000, startingAgainBefore: t + 100) == 1)
            try await accounts.discountSignInAttempt(address)
            #expect(try await accounts.countSignInAttempt(address, at: t + 1000, startingAgainBefore: t + 100) == 1)
            try await accounts.forgetSignInAttempts(ghost)
            #expect(try await accounts.countSignInAttempt(ghost, at: t + 1001, startingAgainBefore: t + 100) == 1)
            try await accounts.forgetSignInAttempts(username: "ghost")
            #expect(try await accounts.countSignInAttempt(elsewhere, at: t + 1002, startingAgainBefore: t + 100) == 1)
        }
    }

    /// Forty attempts at once get forty different numbers: none can read a count another has not yet written.
    @Test("parallel sign-in attempts are counted one by one", arguments: Backend.available)
    func parallelSignInAttempts(_ backend: Backend) async throws {
        try await withStore(backend) { store in
            let t = Self.created, counter = SignInCounter.accountAtAddress(username: "finance", address: "")
            let counts = try await withThrowingTaskGroup(of: Int.self) { group in
                for _ in 1...40 {
                    group.addTask {
                        try await store.accounts.countSignInAttempt(counter, at: t, startingAgainBefore: t - 900)
                    }
                }
                return try await group.reduce(into: [Int]()) { $0.append($1) }
            }
            #expect(counts.sorted() == Array(1...40))
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
