import CareModel
import Foundation
import Testing

@testable import Interchange
@testable import Synthetic

@Suite("Synthetic returns read back through the SSDA903 importer")
struct SyntheticImportTests {
    typealias F = SyntheticFixture

    @Test("importing the written returns gives the simulation's own stock on every 31 March")
    func roundTrip() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hearth-roundtrip-\(UUID())").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        _ = try F.region.write(to: folder)
        let extract = try SSDA903Reader().read(paths: F.authority.returnYears.map { "\(folder)/990/\($0.endYear)" })
        let (histories, report) = HistoryMerge.merge(extract, into: [])
        #expect(histories.count == F.authority.histories.count)
        #expect(report.rulesApplied[.overlapTrimmed] == nil)
        #expect(report.rulesApplied[.episodeWithoutHeader] == nil)
        for day in F.yearEnds {
            var cells: [InCareCount: Int] = [:]
            for history in histories {
                guard let e = history.episode(on: day) else { continue }
                let key = InCareCount(
                    date: day, authority: history.authority, category: e.category,
                    ageBand: AgeBand(age: history.child.age(on: day)), children: 0)
                cells[key, default: 0] += 1
            }
            let imported = Set(
                cells.map {
                    InCareCount(
                        date: day, authority: $0.key.authority, category: $0.key.category,
                        ageBand: $0.key.ageBand, children: $0.value)
                })
            #expect(imported == Set(F.authority.stock(on: day)), "\(day)")
        }
    }
}
