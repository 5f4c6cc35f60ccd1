import Foundation
import Testing

@testable import Storage

@Suite("API tokens")
struct ApiTokenRepositoryTests {
    static let created = Date(timeIntervalSince1970: 1_795_000_000)

    static func addAccount(_ store: HearthStore, _ name: String) async throws {
        try await store.accounts.add(
            Account(username: name, role: .finance, passwordHash: "$2b$04$x", createdAt: created, authorities: .all))
    }

    @Test("tokens are numbered, found by hash only, and listed oldest first", arguments: Backend.available)
    func roundTrip(_ backend: Backend) async throws {
        try await withStore(backend) { store in
            try await Self.addAccount(store, "dana")
            let first = try await store.apiTokens.add(
                username: "dana", name: "Power BI", tokenHash: "hash-1", createdAt: Self.created)
            let second = try await store.apiTokens.add(
                username: "dana", name: "script", tokenHash: "hash-2",
                createdAt: Self.created + 60)
            #expect(
                first
                    == ApiToken(
                        id: first.id, username: "dana", name: "Power BI", tokenHash: "hash-1", createdAt: Self.created))
            #expect(second.id > first.id)
            #expect(try await store.apiTokens.token(hash: "hash-2") == second)
            #expect(try await store.apiTokens.token(hash: "no-such-hash") == nil)
            #expect(try await store.apiTokens.tokens() == [first, second])
        }
    }

    @Test("use is recorded; revoking keeps the row with its first revocation time", arguments: Backend.available)
    func useAndRevoke(_ backend: Backend) async throws {
        try await withStore(backend) { store in
            try await Self.addAccount(store, "dana")
            let token = try await store.apiTokens.add(
                username: "dana", name: "Power BI", tokenHash: "h", createdAt: Self.created)
            try await store.apiTokens.recordUse(id: token.id, at: Self.created + 120)
            #expect(try await store.apiTokens.token(hash: "h")?.lastUsedAt == Self.created + 120)
            try await store.apiTokens.revoke(id: token.id, at: Self.created + 300)
            try await store.apiTokens.revoke(id: token.id, at: Self.created + 900)
            let revoked = try #require(try await store.apiTokens.token(hash: "h"))
            #expect(revoked.revokedAt == Self.created + 300)
            #expect(revoked.isRevoked)
            await #expect(throws: AccountError.noSuchToken(token.id + 1)) {
                try await store.apiTokens.revoke(id: token.id + 1, at: Self.created)
            }
        }
    }

    @Test("a token needs an existing account, and a hash is never stored twice", arguments: Backend.available)
    func refusals(_ backend: Backend) async throws {
        try await withStore(backend) { store in
            await #expect(throws: AccountError.noSuchAccount("ghost")) {
                _ = try await store.apiTokens.add(username: "ghost", name: "x", tokenHash: "h", createdAt: Self.created)
            }
            try await Self.addAccount(store, "dana")
            _ = try await store.apiTokens.add(username: "dana", name: "one", tokenHash: "same", createdAt: Self.created)
            await #expect(throws: StorageError.self) {
                _ = try await store.apiTokens.add(
                    username: "dana", name: "two", tokenHash: "same", createdAt: Self.created)
            }
            #expect(try await store.apiTokens.tokens().map(\.name) == ["one"])
        }
    }
}
