import Foundation
import Testing
@testable import WebApp

@Suite("Imports take turns")
struct ImportTurnTests {
    /// B asks for its turn while A is sleeping inside its own: B starts only after A ends. Without the
    /// turn B's lines would fall between A's (the actor alone lets B in during A's sleep).
    @Test func secondWaitsForTheFirst() async throws {
        let turn = ImportTurn()
        let log = Locked<[String]>([])
        async let a: Void = turn.run {
            log.value.append("a start")
            try await Task.sleep(for: .milliseconds(100))
            log.value.append("a end")
        }
        try await Task.sleep(for: .milliseconds(20))
        async let b: Void = turn.run {
            log.value.append("b start")
            log.value.append("b end")
        }
        _ = try await (a, b)
        #expect(log.value == ["a start", "a end", "b start", "b end"])
    }

    /// A failing import gives up its turn: the next one still runs.
    @Test func failureLetsTheNextIn() async throws {
        struct Broken: Error {}
        let turn = ImportTurn()
        await #expect(throws: Broken.self) { try await turn.run { throw Broken() } }
        #expect(try await turn.run { 42 } == 42)
    }
}
