import CareModel
import Foundation
import Testing
@testable import Storage

// Throwaway: measures saveImport / histories at region scale. Run only with HEARTH_TIMING=1.
@Test(.enabled(if: ProcessInfo.processInfo.environment["HEARTH_TIMING"] != nil), arguments: Backend.available)
func timingThrowaway(_ backend: Backend) async throws {
    var histories: [ChildHistory] = []
    let places: [PlacementType] = [.u4, .u6, .k2, .u1]
    for a in 0..<10 {
        for c in 0..<2_000 {
            let id = "C\(c)"
            let child = Child(id: id, sex: c % 2 == 0 ? .male : .female, dateOfBirth: Day(ordinal: 14_000 + c),
                              ethnicity: .wbri, upn: "A\(100000000000 + c)", isMother: c % 2 == 0 ? nil : false)
            var episodes: [Episode] = []
            for e in 0..<4 {
                let start = Day(ordinal: 18_000 + c % 300 + e * 100)
                episodes.append(Episode(childID: id, start: start, reasonNew: e == 0 ? .s : .p, legalStatus: .c2,
                                        categoryOfNeed: .n1, place: places[e], provider: .pr4,
                                        end: e == 3 ? nil : start.adding(days: 100), reasonEnded: e == 3 ? nil : .x1,
                                        homePostcode: "PL1 1AA", placementPostcode: "PL2 2BB", urn: "SC123456"))
            }
            histories.append(ChildHistory(authority: String(800 + a), child: child, episodes: episodes))
        }
    }
    try await withStore(backend) { store in
        let clock = ContinuousClock()
        let save = try await clock.measure {
            _ = try await store.careRecords.saveImport(histories, report: ImportReport(), importedAt: "now")
        }
        var read: [ChildHistory] = []
        let load = try await clock.measure { read = try await store.careRecords.histories(authorities: nil) }
        let resave = try await clock.measure {
            _ = try await store.careRecords.saveImport(histories, report: ImportReport(), importedAt: "again")
        }
        print("TIMING \(backend): save \(save), histories \(load), resave \(resave), \(read.count) children,"
              + " equal \(read == histories.sorted { $0.key < $1.key })")
    }
}
