import CareModel
import Testing

@testable import Interchange
@testable import Synthetic

@Suite("Merging authorities in parallel")
struct SSDA903ParallelMergeTests {
    /// Three generated authorities: the per-authority parallel merge gives exactly the serial merge's histories.
    @Test func sameHistoriesAsOneMerge() throws {
        let region = SyntheticRegion.generate(SyntheticRegion.Settings(seed: 5, authorities: 3, years: 2))
        var extract = SSDA903Extract()
        var order = 0
        for authority in region.authorities {
            for history in authority.histories {
                order += 1
                extract.headers.append(
                    HeaderRow(authority: authority.code, returnYear: 2025, order: order, child: history.child))
                for episode in history.episodes {
                    order += 1
                    extract.episodes.append(
                        EpisodeRow(authority: authority.code, returnYear: 2025, order: order, episode: episode))
                }
            }
        }
        let serial = HistoryMerge.merge(extract, into: []).changed
        #expect(Set(serial.map(\.authority)).count == 3)
        #expect(HistoryMerge.histories(of: extract) == serial)
    }
}
