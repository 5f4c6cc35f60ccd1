import CareModel
import Testing

@testable import Interchange

/// A hostile XML file nested 100,000 deep once killed the CLI and the whole server (SIGSEGV): the parser
/// now refuses nesting past a limit, naming the line and element, and never builds a deep tree.
@Suite("XML nesting is bounded")
struct SSDA903XMLDepthTests {
    /// `depth` elements, each inside the one before, under an EXPSSDA903 root.
    static func nested(_ depth: Int) -> [UInt8] {
        Array(
            ("<EXPSSDA903>" + String(repeating: "<A>", count: depth) + String(repeating: "</A>", count: depth)
                + "</EXPSSDA903>").utf8)
    }

    /// The reproduction from the security review, as a file sent to the importer: refused, not a crash.
    @Test func aHundredThousandDeepIsRefusedWithItsPlace() {
        let reader = SSDA903Reader(defaultAuthority: "990")
        let failure = #expect(throws: FileReadFailure.self) {
            try reader.read(contents: [("d.xml", Self.nested(100_000))])
        }
        #expect(failure?.problems.count == 1)
        let problem = failure?.problems.first
        #expect(problem?.file == "d.xml" && problem?.row == 1 && problem?.field == "A")
        #expect(problem?.message.contains("nested more than 64 deep") == true)
    }

    /// The root counts as one level: 63 elements under it make 64 and are read; 64 under it are refused.
    @Test func theLimitIsExactAndConfigurable() throws {
        #expect(try MarkupParser.parse(Self.nested(63)).children.count == 1)
        #expect(throws: MarkupError.self) { try MarkupParser.parse(Self.nested(64)) }
        #expect(throws: MarkupError.self) { try MarkupParser.parse(Self.nested(3), maximumDepth: 3) }
        #expect(try MarkupParser.parse(Self.nested(2), maximumDepth: 3).name == "EXPSSDA903")
    }
}
