import CareModel
import Foundation
import Testing

@testable import Interchange

/// Returns handed over as bytes (uploaded through the browser): the same checks as files on disk, with
/// the return year from the file's name and no folders to say anything.
@Suite("SSDA903 files read from their contents")
struct SSDA903SentFileTests {
    typealias F = Fixture

    static func sent(_ name: String, _ text: String) -> (name: String, bytes: [UInt8]) {
        (name, Array(text.utf8))
    }

    @Test func yearFromTheNameAndAuthorityFromTheColumnOrTheDefault() throws {
        let extract = try SSDA903Reader(defaultAuthority: "879").read(contents: [
            Self.sent(
                "2024-25 header.csv", "\(F.headerColumns),LA\n1,1,04/05/2010,WBRI,,,,990\n2,2,04/05/2011,WBRI,,,,\n"),
            Self.sent("2025-episodes.csv", "\(F.episodeColumns)\n1,01/04/2024,S,C2,N1,U4,PR1,,,,,,\n"),
        ])
        #expect(extract.report.files.map(\.path) == ["2024-25 header.csv", "2025-episodes.csv"])
        // "2024-25" is the return that ends in 2025, like "2025".
        #expect(extract.report.files.map(\.returnYear) == [2025, 2025])
        #expect(extract.headers.map(\.authority) == ["990", "879"])
        #expect(extract.report.headerRows == 2 && extract.report.episodeRows == 1)
    }

    /// A name is not a path: folders of the working directory (where a "2031" or "879" could sit) say nothing.
    @Test func nameIsNotResolvedAgainstTheWorkingFolder() {
        let source = SSDA903Source(sentName: "episodes.csv")
        #expect(source.path == "episodes.csv")
        #expect(source.returnYear == nil)
        #expect(source.folderAuthority == nil)
        #expect(source.isExplicit)
        #expect(SSDA903Source(sentName: "returns.2023").returnYear == nil)  // the extension is not the name
        #expect(SSDA903Source(sentName: "2023").returnYear == 2023)
    }

    @Test func everyProblemInEveryFileIsListed() {
        let files = [
            Self.sent("notes.csv", "what,ever\n1,2\n"),
            Self.sent(
                "episodes.csv",
                "\(F.episodeColumns)\n1,31/02/2024,S,C2,N1,U4,PR1,,,,,,\n1,01/03/2024,P,C2,N1,Q9,PR1,,,,,,\n"),
        ]
        #expect(throws: FileReadFailure.self) { try SSDA903Reader().read(contents: files) }
        do {
            _ = try SSDA903Reader().read(contents: files)
        } catch {
            let lines = error.problems.map(\.description)
            #expect(lines.count == 3)
            #expect(lines[0].hasPrefix("notes.csv:1: is not an SSDA903 Header or Episodes file"))
            #expect(lines[1].hasPrefix("episodes.csv:2: DECOM: "))
            #expect(lines[2].hasPrefix("episodes.csv:3: PLACE: "))
        }
    }

    /// The third-party samples (CSV tables with a UASC table, and the XML form) sent as bytes give the same
    /// rows as the same files read from disk: only the names in the report differ.
    @Test func samplesSentAsBytesMatchTheFilesOnDisk() throws {
        let folder = SSDA903SampleTests.validator
        let names = ["header.csv", "episodes.csv", "uasc.csv", "fake_903.xml"]
        for group in [Array(names.prefix(3)), [names[3]]] {
            let fromDisk = try SSDA903Reader(defaultAuthority: "879").read(paths: group.map { folder + $0 })
            let sent = try group.map { ($0, [UInt8](try Data(contentsOf: URL(fileURLWithPath: folder + $0)))) }
            let fromBytes = try SSDA903Reader(defaultAuthority: "879").read(contents: sent)
            #expect(fromBytes.headers == fromDisk.headers)
            #expect(fromBytes.episodes == fromDisk.episodes)
            #expect(fromBytes.uasc == fromDisk.uasc)
            #expect(fromBytes.report.files.map(\.path) == group)
            #expect(fromBytes.report.files.map(\.kind) == fromDisk.report.files.map(\.kind))
            #expect(fromBytes.report.files.map(\.contentHash) == fromDisk.report.files.map(\.contentHash))
            #expect(!fromBytes.episodes.isEmpty)
        }
    }

    @Test func nothingToReadIsAProblem() {
        do {
            _ = try SSDA903Reader().read(contents: [])
            Issue.record("reading no files succeeded")
        } catch {
            #expect(
                error.problems == [
                    FileProblem(file: "(no files given)", message: "no SSDA903 Header, Episodes or XML return found")
                ])
        }
    }
}
