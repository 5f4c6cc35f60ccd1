import CareModel
import Foundation
import Testing

@testable import Interchange
@testable import Synthetic

@Suite("Synthetic returns with injected faults: determinism, the truth file, limits")
struct SyntheticFaultTests {
    typealias F = SyntheticFixture

    /// The faults a truth file lists, in its order.
    static func faults(in text: String) throws -> [InjectedFault] {
        let table = CSVTable(text: text)
        #expect(table.columns == InjectedFault.csvColumns)
        #expect(table.problems.isEmpty)
        return try (0..<table.count).map { index in
            let f = table.row(index)
            let row = try #require(Int(f[1])), kind = try #require(FaultKind(rawValue: f[3]))
            return InjectedFault(file: f[0], row: row, field: f[2], kind: kind, child: f[4], note: f[5])
        }
    }

    /// The faults listed in the truth file of authority 990 among `files`.
    static func faults(in files: [(path: String, text: String)]) throws -> [InjectedFault] {
        try faults(in: try #require(files.first { $0.path == "990/injected-errors.csv" }).text)
    }

    @Test("the same seed and number of faults give the same files, byte for byte")
    func deterministic() throws {
        let first = try F.region.files(injectingErrors: 40)
        let second = try SyntheticRegion.generate(F.settings).files(injectingErrors: 40)
        #expect(first.map(\.path) == second.map(\.path))
        #expect(first.map(\.text) == second.map(\.text))
        let other = try F.region.files(injectingErrors: 41)
        #expect(other.map(\.text) != first.map(\.text))
    }

    @Test("with no faults the files are exactly the clean ones; with faults only the returns and README change")
    func cleanWithoutFaults() throws {
        let clean = F.region.files()
        let none = try F.region.files(injectingErrors: 0)
        #expect(none.map(\.path) == clean.map(\.path))
        #expect(none.map(\.text) == clean.map(\.text))

        let faulty = try F.region.files(injectingErrors: 40)
        #expect(Set(faulty.map(\.path)) == Set(clean.map(\.path) + ["990/injected-errors.csv"]))
        let cleanText = Dictionary(uniqueKeysWithValues: clean.map { ($0.path, $0.text) })
        let returns = faulty.filter { $0.path.hasSuffix("/header.csv") || $0.path.hasSuffix("/episodes.csv") }
        #expect(returns.contains { $0.text != cleanText[$0.path] })
        for file in faulty where !returns.contains(where: { $0.path == file.path }) {
            switch file.path {
            case "990/injected-errors.csv": continue
            case "README.txt": #expect(file.text.hasPrefix(F.region.readme) && file.text != F.region.readme)
            // expected-stock.csv among them: it stays the count for the clean returns.
            default: #expect(file.text == cleanText[file.path], "\(file.path)")
            }
        }
    }

    @Test("the truth file lists exactly N faults at distinct places, the four kinds in turn", arguments: [1, 7, 40])
    func truthFile(_ n: Int) throws {
        let faults = try Self.faults(in: F.region.files(injectingErrors: n))
        #expect(faults.count == n)
        #expect(Set(faults.map { "\($0.file):\($0.row):\($0.field)" }).count == n)
        for (i, kind) in FaultKind.allCases.enumerated() {
            // Fault j is of kind j mod 4, so kind i has the faults i, i + 4, …
            #expect(faults.filter { $0.kind == kind }.count == max(0, (n - i + 3) / 4), "\(kind)")
        }
        for fault in faults {
            #expect(fault.row >= 2 && fault.file.hasPrefix("990/20"), "\(fault)")
            #expect(fault.field == Self.field(of: fault), "\(fault)")
            #expect(fault.file.hasSuffix(fault.kind == .bornAfterEpisode ? "/header.csv" : "/episodes.csv"))
            #expect(fault.note.contains("not reported") == !fault.kind.isReportedByReader, "\(fault)")
        }
    }

    /// The field a fault of each kind is listed under (an unknown code is PLACE or LS).
    static func field(of fault: InjectedFault) -> String {
        switch fault.kind {
        case .endsBeforeStart: "DEC"
        case .unknownCode: fault.field == "LS" ? "LS" : "PLACE"
        case .duplicateRow: "row"
        case .bornAfterEpisode: "DOB"
        }
    }

    @Test("DEC before DECOM goes first into the RNE L rows of children who turned 18, as in real returns")
    func endsBeforeStartShape() throws {
        let faults = try Self.faults(in: F.region.files(injectingErrors: 40))
        let endings = faults.filter { $0.kind == .endsBeforeStart }
        #expect(endings.count == 10)
        #expect(endings.contains { $0.note.contains("RNE L row of a child who turned 18") })
    }

    @Test("the codes used for unknown codes are in no DfE list")
    func unknownCodes() {
        for code in FaultEdit.unknownPlacements { #expect(PlacementType(code: code) == nil, "\(code)") }
        for code in FaultEdit.unknownLegalStatuses { #expect(LegalStatus(code: code) == nil, "\(code)") }
    }

    @Test("a number of faults outside 0…10,000 is refused", arguments: [-1, 10_001])
    func outOfRange(_ n: Int) {
        #expect(throws: SyntheticError.injectedErrorsOutOfRange(n)) { try SyntheticRegion.validate(injectedErrors: n) }
        #expect(throws: SyntheticError.injectedErrorsOutOfRange(n)) { _ = try F.region.files(injectingErrors: n) }
    }

    @Test("more faults than the rows can hold is refused, saying how many fit, and that many do fit")
    func tooMany() throws {
        let small = SyntheticRegion.generate(.init(seed: 7, authorities: 1, years: 1))
        var room = 0
        do {
            _ = try small.files(injectingErrors: 10_000)
            Issue.record("10,000 faults fitted into one year's return")
        } catch {
            guard case .tooManyInjectedErrors(let asked, let fit) = error else { throw error }
            #expect(asked == 10_000)
            #expect(error.description.contains("at most \(fit) fit"))
            room = fit
        }
        #expect(room > 100)
        #expect(try Self.faults(in: small.files(injectingErrors: room)).count == room)
        #expect(throws: SyntheticError.tooManyInjectedErrors(asked: room + 1, room: room)) {
            _ = try small.files(injectingErrors: room + 1)
        }
    }
}
