import CareModel
import Testing

@testable import Interchange
@testable import Synthetic

@Suite("PL_DISTANCE: read, checked, written, and made up for synthetic placements")
struct PlacementDistanceTests {
    typealias F = Fixture

    /// 12.5 is kept; blank and the DfE's 999.9 ("unknown") are nil; a word or a negative is an error
    /// naming the row and field, and nothing is returned.
    @Test func readAndChecked() throws {
        let folder = SSDA903TestFolder()
        defer { folder.remove() }
        let good = folder.write(
            "good/episodes.csv",
            """
            \(F.episodeColumns),PL_DISTANCE
            1,01/04/2020,S,C2,N1,U4,PR1,,,,PL6 5AB,PL7 1AA,,12.5
            2,01/04/2020,S,C2,N1,U4,PR1,,,,PL6 5AB,PL7 1AA,,
            3,01/04/2020,S,C2,N1,U4,PR1,,,,PL6 5AB,PL7 1AA,,999.9
            """)
        let episodes = try SSDA903Reader(defaultAuthority: "990").read(paths: [good]).episodes
        #expect(episodes.map(\.episode.placementDistance) == [12.5, nil, nil])
        let bad = folder.write(
            "bad/episodes.csv",
            """
            \(F.episodeColumns),PL_DISTANCE
            1,01/04/2020,S,C2,N1,U4,PR1,,,,PL6 5AB,PL7 1AA,,far
            2,01/04/2020,S,C2,N1,U4,PR1,,,,PL6 5AB,PL7 1AA,,-3
            """)
        do {
            _ = try SSDA903Reader(defaultAuthority: "990").read(paths: [bad])
            Issue.record("expected the read to fail")
        } catch {
            let rule = "is not a distance in miles (a number from 0 to 999.9; 999.9 means unknown)"
            #expect(
                error.problems.map(\.description) == [
                    "\(bad):2: PL_DISTANCE: 'far' \(rule)",
                    "\(bad):3: PL_DISTANCE: '-3' \(rule)",
                ])
        }
    }

    /// The column is written only when some episode has a distance, so DfE-shaped files stay DfE-shaped.
    @Test func writtenWhenKnown() {
        var episode = F.episode(start: "2020-04-01", end: nil)
        #expect(!SSDA903CSVWriter.episodes([episode]).text.contains("PL_DISTANCE"))
        episode.placementDistance = 7.25
        let text = SSDA903CSVWriter.episodes([episode]).text
        #expect(text.hasPrefix(F.episodeColumns + ",PL_DISTANCE\r\n"))
        #expect(text.hasSuffix(",7.2\r\n") || text.hasSuffix(",7.3\r\n"))
    }

    /// Bands by how the postcodes relate: same district 0.5–4, same area 2–14, a neighbouring area of the
    /// region (PL and EX share a cluster) 6–26, elsewhere (PL to M) 60–260; the same pair always gives
    /// the same miles.
    @Test(arguments: [
        ("PL6 5AB", "PL6 9ZZ", 0.5...4.0), ("PL6 5AB", "PL12 1AA", 2.0...14.0),
        ("PL6 5AB", "EX4 2BB", 6.0...26.0), ("PL6 5AB", "M14 3QQ", 60.0...260.0),
    ])
    func syntheticBands(home: String, placement: String, band: ClosedRange<Double>) {
        let miles = SyntheticDistance.miles(from: home, to: placement)
        #expect(band.contains(miles))
        #expect(SyntheticDistance.miles(from: home, to: placement) == miles)
    }
}
