import Foundation
import Testing

/// API tokens as an administrator manages them: made for an account, listed, revoked, all audited.
@Suite("hearth token: API tokens, end to end", .serialized)
struct TokenCommandTests {
    @Test func tokenIsPrintedOnceStoredHashedListedAndRevoked() throws {
        let work = try Workspace()
        let db = work.path("hearth.sqlite")
        try work.hearth(["user", "add", "dana", "--role", "finance", "--db", db], input: "a long pass phrase\n")
            .expectSuccess()

        let added = try work.hearth(["token", "add", "dana", "--name", "Power BI finance", "--db", db])
        added.expectSuccess()
        let token = added.out.trimmingCharacters(in: .newlines)
        #expect(token.hasPrefix("hearth_") && token.count == 71 && !token.contains("\n"))  // the token alone on stdout
        #expect(added.err.contains("Made API token 1 (Power BI finance) for dana. It is shown only this once"))
        // Only the hash reaches the database file.
        #expect(try Data(contentsOf: URL(fileURLWithPath: db)).range(of: Data(token.utf8)) == nil)

        let listed = try work.hearth(["token", "list", "--db", db])
        listed.expectSuccess()
        let lines = listed.out.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasPrefix("ID  User  Role     Name              Created") == true)
        #expect(
            lines.count == 2 && lines[1].hasPrefix("1   dana  finance  Power BI finance  ")
                && lines[1].hasSuffix("never      active"))
        #expect(!listed.out.contains(token))

        try work.hearth(["token", "revoke", "1", "--db", db]).expectSuccess()
        #expect(try work.hearth(["token", "list", "--db", db]).out.contains("revoked 20"))
        let audit = try work.hearth(["audit", "--format", "csv", "--db", db]).out
        #expect(audit.contains(",token-added,,,\"API token 1 \"\"Power BI finance\"\" for dana as finance\","))
        #expect(audit.contains(",token-revoked,,,API token 1,"))
    }

    @Test func refusalsNameTheProblem() throws {
        let work = try Workspace()
        let db = work.path("hearth.sqlite")
        let ghost = try work.hearth(["token", "add", "ghost", "--name", "x", "--db", db])
        #expect(ghost.status != 0)
        #expect(ghost.err.contains("There is no account named ghost."))
        let revoke = try work.hearth(["token", "revoke", "7", "--db", db])
        #expect(revoke.status != 0)
        #expect(revoke.err.contains("There is no API token number 7"))
        #expect(try work.hearth(["token", "list", "--db", db]).out.contains("No API tokens yet."))
    }
}
