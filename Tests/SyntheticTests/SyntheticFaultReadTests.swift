import CareModel
import Foundation
import Testing

@testable import Interchange
@testable import Synthetic

@Suite("Synthetic returns with injected faults, read back through the SSDA903 reader")
struct SyntheticFaultReadTests {
    typealias F = SyntheticFixture

    /// The region with 40 faults written to a temporary folder, read back: the truth file's faults and the
    /// reader's problems. `body` gets the folder too, to look at the files.
    func withFaultyReturns(_ body: (String, [InjectedFault], [FileProblem]) throws -> Void) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hearth-faults-\(UUID())").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        _ = try F.region.write(to: folder, injectingErrors: 40)
        let truth = try String(contentsOfFile: folder + "/990/injected-errors.csv", encoding: .utf8)
        let faults = try SyntheticFaultTests.faults(in: truth)
        var problems: [FileProblem] = []
        do {
            _ = try SSDA903Reader().read(paths: [folder + "/990"])
            Issue.record("the faulty returns were read without a problem")
        } catch {
            problems = error.problems
        }
        try body(folder, faults, problems)
    }

    @Test("every fault the reader checks for is reported at the truth file's file, row and field, and nothing else")
    func reportedWhereTheTruthFileSays() throws {
        try withFaultyReturns { _, faults, problems in
            let reported = faults.filter(\.kind.isReportedByReader)
            #expect(reported.count == 20)
            for fault in reported {
                let found = problems.contains {
                    $0.file.hasSuffix("/" + fault.file) && $0.row == fault.row && $0.field == fault.field
                }
                #expect(found, "\(fault.file):\(fault.row): \(fault.field) not reported")
            }
            // One problem per reported fault: the faults break nothing else in their rows or files.
            #expect(problems.count == reported.count, "\(problems)")
            for problem in problems {
                let atFault = faults.contains { problem.file.hasSuffix("/" + $0.file) && problem.row == $0.row }
                #expect(atFault, "\(problem)")
            }
        }
    }

    @Test("the faults the reader does not check for are in the files as the truth file says")
    func unreportedFaultsArePresent() throws {
        try withFaultyReturns { folder, faults, _ in
            for fault in faults {
                let table = try Self.table(folder + "/" + fault.file)
                let row = table.row(fault.row - 2)
                #expect(row[0] == fault.child, "\(fault)")
                switch fault.kind {
                case .duplicateRow:
                    #expect(row == table.row(fault.row - 3), "\(fault)")
                case .bornAfterEpisode:
                    let dobColumn = try Self.column("DOB", table)
                    let dob = try #require(Day(ukNumeric: row[dobColumn]))
                    let episodesFile = fault.file.replacingOccurrences(of: "header.csv", with: "episodes.csv")
                    let episodes = try Self.table(folder + "/" + episodesFile)
                    let decom = try Self.column("DECOM", episodes)
                    let starts = (0..<episodes.count).map { episodes.row($0) }.filter { $0[0] == fault.child }
                        .compactMap { Day(ukNumeric: $0[decom]) }
                    #expect(starts.contains { $0 < dob }, "\(fault)")
                case .endsBeforeStart where fault.note.contains("turned 18"):
                    let rne = try Self.column("RNE", table)
                    #expect(row[rne] == "L", "\(fault)")
                case .endsBeforeStart, .unknownCode:
                    continue
                }
            }
        }
    }

    static func table(_ path: String) throws -> CSVTable {
        CSVTable(bytes: Array(try Data(contentsOf: URL(fileURLWithPath: path))))
    }

    static func column(_ name: String, _ table: CSVTable) throws -> Int {
        try #require(table.columns.firstIndex(of: name))
    }
}
