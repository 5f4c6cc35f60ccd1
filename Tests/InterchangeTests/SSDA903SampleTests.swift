import CareModel
import Testing

@testable import Interchange

/// The third-party sample returns in `../shared/data/ssda903-samples/`. Expected counts were checked
/// with a separate Python script applying the same rules to the same files.
@Suite("Third-party SSDA903 samples")
struct SSDA903SampleTests {
    static let samples = "../shared/data/ssda903-samples/"
    static let demandModel = samples + "cs-demand-model-combined"
    static let validator = samples + "csc-validator-fake/"

    @Test("cs-demand-model: five yearly returns read with their UASC tables, no warnings")
    func demandModelRead() throws {
        let extract = try SSDA903Reader().read(paths: [Self.demandModel])
        let files = extract.report.files
        let kinds = Array(repeating: ["episodes", "header", "uasc"], count: 5).flatMap { $0 }
        #expect(files.map(\.kind) == kinds)
        #expect(files.map(\.returnYear) == [2017, 2018, 2019, 2020, 2021].flatMap { [$0, $0, $0] })
        // Data rows per file, from `wc -l` less the column line.
        #expect(files.map(\.rows) == [1460, 819, 31, 974, 572, 23, 648, 362, 16, 402, 226, 8, 253, 144, 4])
        #expect(extract.report.headerRows == 819 + 572 + 362 + 226 + 144)  // 2,123
        #expect(extract.report.episodeRows == 1460 + 974 + 648 + 402 + 253)  // 3,737
        #expect(extract.report.warnings.isEmpty)
        #expect(Set(extract.headers.map(\.authority)) == ["LA"])
    }

    @Test("cs-demand-model: 820 children, 2,102 episodes after cleaning; re-merging changes nothing")
    func demandModelMerge() throws {
        let extract = try SSDA903Reader().read(paths: [Self.demandModel])
        let (changed, report) = HistoryMerge.merge(extract, into: [])
        #expect(changed.count == 820)
        #expect(report.childrenAffected == 820)
        #expect(report.episodesAfterCleaning == 2102)
        // 3,737 rows − 910 repeated starts − 725 folded continuations = 2,102; 40 ends trimmed.
        #expect(report.rulesApplied == [.duplicateStart: 910, .continuationFolded: 725, .overlapTrimmed: 40])
        #expect(changed.map(\.key) == changed.map(\.key).sorted())
        #expect(changed.allSatisfy { isClean($0.episodes) })

        let again = HistoryMerge.merge(extract, into: changed)
        #expect(again.changed.isEmpty)
        #expect(again.report.rulesApplied.isEmpty)
        #expect(again.report.childrenAffected == 0)
    }

    @Test("cs-demand-model: importing year by year, then all years again, settles")
    func demandModelYearByYear() throws {
        var stored: [ChildKey: ChildHistory] = [:]
        for year in 2017...2021 {
            let paths = ["\(Self.demandModel)/\(year)-header.csv", "\(Self.demandModel)/\(year)-episodes.csv"]
            let changed = HistoryMerge.merge(try SSDA903Reader().read(paths: paths), into: Array(stored.values)).changed
            for history in changed { stored[history.key] = history }
        }
        #expect(stored.count == 820)
        let all = try SSDA903Reader().read(paths: [Self.demandModel])
        let once = HistoryMerge.merge(all, into: Array(stored.values)).changed
        for history in once { stored[history.key] = history }
        #expect(HistoryMerge.merge(all, into: Array(stored.values)).changed.isEmpty)
    }

    @Test("csc-validator CSV: 2,675 children (552 with no episodes), 4,222 episodes after cleaning")
    func validatorCSV() throws {
        let extract = try SSDA903Reader().read(paths: [Self.validator + "header.csv", Self.validator + "episodes.csv"])
        #expect(extract.report.headerRows == 2675)
        #expect(extract.report.episodeRows == 5050)
        // No year in the names or folders: the episodes' latest date, a DEC of 1 April 2018 (after the latest
        // DECOM, 31 March 2018), is in 2018-19; the header, with no episode dates, takes the episodes' year.
        #expect(extract.report.files.map(\.returnYear) == [2019, 2019])
        let (changed, report) = HistoryMerge.merge(extract, into: [])
        #expect(changed.count == 2675)
        // 5,050 rows − 828 folded = 4,222.
        #expect(report.episodesAfterCleaning == 4222)
        #expect(report.rulesApplied == [.continuationFolded: 828, .overlapTrimmed: 72])
        let choose = "to choose another."
        #expect(
            report.warnings == [
                "\(Self.validator)header.csv: no year in its name or folders; taken as the 2018-19 return, the "
                    + "year of the Episodes file read with it. Put the year in the file name (2019-header.csv) \(choose)",
                "\(Self.validator)episodes.csv: no year in its name or folders; taken as the 2018-19 return (its "
                    + "latest episode date is 1 April 2018). Put the year in the file name (2019-episodes.csv) \(choose)",
                "552 children with a header record but no episodes",
            ])
        #expect(HistoryMerge.merge(extract, into: changed).changed.isEmpty)
    }

    @Test("csc-validator XML: 253 children, 459 episode elements, 382 episodes after cleaning")
    func validatorXML() throws {
        let extract = try SSDA903Reader().read(paths: [Self.validator + "fake_903.xml"])
        #expect(extract.report.files.map(\.kind) == ["xml"])
        #expect(extract.report.headerRows == 253)
        #expect(extract.report.episodeRows == 459)
        let (changed, report) = HistoryMerge.merge(extract, into: [])
        #expect(changed.count == 253)
        // 459 − 77 folded = 382.
        #expect(report.episodesAfterCleaning == 382)
        #expect(report.rulesApplied == [.continuationFolded: 77, .overlapTrimmed: 7])
        // No year in the name or folders: its latest episode date (a DEC, 1 April 2018) is in 2018-19.
        #expect(extract.report.files.map(\.returnYear) == [2019])
        #expect(
            report.warnings == [
                "\(Self.validator)fake_903.xml: no year in its name or folders; taken as the 2018-19 return (its "
                    + "latest episode date is 1 April 2018). Put the year in the file name (2019-fake_903.xml) to "
                    + "choose another.",
                "55 children with a header record but no episodes",
            ])
        #expect(HistoryMerge.merge(extract, into: changed).changed.isEmpty)
    }

    @Test("csc-validator XML: the first child reads exactly as written in the file")
    func validatorXMLFirstChild() throws {
        let extract = try SSDA903Reader().read(paths: [Self.validator + "fake_903.xml"])
        let history = HistoryMerge.merge(extract, into: []).changed.first { $0.child.id == "907440" }
        let day = Fixture.day
        #expect(
            history?.child
                == Child(
                    id: "907440", sex: .female, dateOfBirth: day("2010-07-28"), ethnicity: .bafr,
                    upn: "O013219285333"))
        // R5 (other) then P2 (supported): different categories, so the T episode is not folded.
        #expect(
            history?.episodes == [
                Episode(
                    childID: "907440", start: day("2017-01-06"), reasonNew: .t, legalStatus: .j3, categoryOfNeed: .n4,
                    place: .r5, provider: .pr2, end: day("2017-10-06"), reasonEnded: .x1, reasonPlaceChange: .custod,
                    homePostcode: "B15 8PZ", placementPostcode: "E7 5YR", urn: "1465167"),
                Episode(
                    childID: "907440", start: day("2017-10-06"), reasonNew: .t, legalStatus: .j3, categoryOfNeed: .n4,
                    place: .p2, provider: .pr3, end: day("2018-03-07"), reasonEnded: .e11, reasonPlaceChange: nil,
                    homePostcode: "G22 6JX", placementPostcode: "Q6 7TT", urn: "8809927"),
            ])
    }

    @Test("csc-validator folder: CSV, XML and UASC files together")
    func validatorFolder() throws {
        let extract = try SSDA903Reader().read(paths: [Self.validator])
        #expect(extract.report.files.map(\.kind) == ["episodes", "xml", "header", "uasc"])
        #expect(extract.report.files.map(\.rows) == [5050, 253 + 459, 2675, 132])
        // The CSV and XML hold different fake children (no CHILD in common), so the totals add up.
        let (changed, report) = HistoryMerge.merge(extract, into: [])
        #expect(changed.count == 2675 + 253)
        #expect(report.episodesAfterCleaning == 4222 + 382)
    }

    /// Sorted by start, no overlaps, no repeated start or end.
    func isClean(_ episodes: [Episode]) -> Bool {
        zip(episodes, episodes.dropFirst()).allSatisfy { a, b in
            a.start < b.start && a.end != nil && a.end! <= b.start
        }
    }
}
