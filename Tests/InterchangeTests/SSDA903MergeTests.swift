import CareModel
import Testing

@testable import Interchange

@Suite("Merging returns into histories: each cleaning rule")
struct SSDA903MergeTests {
    typealias F = Fixture

    @Test("a: the latest return's header wins, and each differing later header is counted")
    func headerSuperseded() {
        let old = F.child(ethnicity: .wbri), new = F.child(ethnicity: .wiri)
        // Read order 2019, 2017, 2018: the return year decides, not the order. In year order the
        // headers are WBRI (2017) → WIRI (2018) → WIRI (2019): one change.
        let extract = F.extract(
            headers: [(new, 2019), (old, 2017), (new, 2018)],
            episodes: [(F.episode(start: "2017-01-01", end: nil), 2017)])
        let (changed, report) = HistoryMerge.merge(extract, into: [])
        #expect(changed.map(\.child) == [new])
        #expect(report.rulesApplied == [.headerSuperseded: 1])
    }

    @Test("a: with no return year, the later-read header wins; the stored header counts as oldest")
    func headerOrderAndStored() {
        let stored = ChildHistory(authority: "879", child: F.child(sex: .male), episodes: [])
        let extract = F.extract(headers: [(F.child(sex: .female), nil), (F.child(sex: .unknown), nil)], episodes: [])
        let (changed, report) = HistoryMerge.merge(extract, into: [stored])
        // male (stored) → female → unknown: two changes.
        #expect(changed.map(\.child.sex) == [.unknown])
        #expect(report.rulesApplied == [.headerSuperseded: 2])
    }

    @Test("b: duplicate start — the closed copy from the later return is kept")
    func duplicateStart() {
        let open = F.episode(start: "2017-01-01", end: nil)
        let closed = F.episode(start: "2017-01-01", end: "2018-01-10", rec: .e13)
        let extract = F.extract(headers: [(F.child(), 2018)], episodes: [(closed, 2018), (open, 2017)])
        let (changed, report) = HistoryMerge.merge(extract, into: [])
        #expect(changed.first?.episodes == [closed])
        #expect(report.rulesApplied == [.duplicateStart: 1])
    }

    @Test("b: duplicate start with the same end — the later return's copy is kept")
    func duplicateStartLaterReturn() {
        let in2017 = F.episode(start: "2017-01-01", end: "2017-06-01", rec: .e13, change: nil)
        let in2018 = F.episode(start: "2017-01-01", end: "2017-06-01", rec: .e13, change: .carpl)
        let extract = F.extract(headers: [(F.child(), nil)], episodes: [(in2018, 2018), (in2017, 2017)])
        #expect(HistoryMerge.merge(extract, into: []).changed.first?.episodes == [in2018])
    }

    @Test("b: duplicate end — the earliest start (longest episode) is kept")
    func duplicateEnd() {
        let long = F.episode(start: "2017-01-01", end: "2017-06-01", rec: .e13)
        let short = F.episode(start: "2017-03-01", end: "2017-06-01", rec: .e13)
        let extract = F.extract(headers: [(F.child(), nil)], episodes: [(short, nil), (long, nil)])
        let (changed, report) = HistoryMerge.merge(extract, into: [])
        #expect(changed.first?.episodes == [long])
        #expect(report.rulesApplied == [.duplicateEnd: 1])
    }

    @Test("c: an open episode, or one ending after the next starts, ends the day the next starts (REC X1)")
    func overlapTrimmed() {
        let open = F.episode(start: "2017-01-01", end: nil, place: .u4)
        let late = F.episode(start: "2017-05-01", end: "2017-12-01", place: .k2, provider: .pr4, rec: .e13)
        let last = F.episode(start: "2017-09-01", end: nil, place: .u6)
        let extract = F.extract(headers: [(F.child(), nil)], episodes: [(open, nil), (late, nil), (last, nil)])
        let (changed, report) = HistoryMerge.merge(extract, into: [])
        var first = open, second = late
        first.end = F.day("2017-05-01"); first.reasonEnded = .x1
        second.end = F.day("2017-09-01"); second.reasonEnded = .x1
        #expect(changed.first?.episodes == [first, second, last])
        #expect(report.rulesApplied == [.overlapTrimmed: 2])
    }

    @Test("d: L/T/U continuations in the same category fold back, carrying DEC, REC and reason")
    func continuationFolded() {
        let start = F.episode(start: "2017-01-01", end: "2017-03-01", rne: .s, place: .u4, rec: .x1)
        let legal = F.episode(
            start: "2017-03-01", end: "2017-06-01", rne: .l, ls: .c1, place: .u4, rec: .x1,
            change: .place)
        let type = F.episode(start: "2017-06-01", end: "2017-09-01", rne: .t, place: .u5, rec: .e13, change: .carpl)
        let extract = F.extract(headers: [(F.child(), nil)], episodes: [(start, nil), (legal, nil), (type, nil)])
        let (changed, report) = HistoryMerge.merge(extract, into: [])
        // U4 → U4 → U5, all PR1: fostering in-house throughout, so both fold into the first.
        var folded = start
        folded.end = F.day("2017-09-01"); folded.reasonEnded = .e13; folded.reasonPlaceChange = .carpl
        #expect(changed.first?.episodes == [folded])
        #expect(report.rulesApplied == [.continuationFolded: 2])
    }

    /// (what, the later episode's RNE, PLACE and provider) — none of these fold.
    static let notFoldedCases: [(String, ReasonNewEpisode, PlacementType, PlacementProvider?)] = [
        ("new carers (P)", .p, .u4, .pr1),
        ("new carers and legal status (B)", .b, .u4, .pr1),
        ("same carers but now placed for adoption (T U4 → A5)", .t, .a5, .pr1),
        ("same carers but an agency placement (U U4 PR1 → U4 PR4)", .u, .u4, .pr4),
    ]

    @Test("d: other reasons, or a change of category, are not folded", arguments: notFoldedCases)
    func notFolded(_ what: String, _ rne: ReasonNewEpisode, _ place: PlacementType, _ provider: PlacementProvider?) {
        let first = F.episode(start: "2017-01-01", end: "2017-03-01", place: .u4, provider: .pr1, rec: .x1)
        let second = F.episode(start: "2017-03-01", end: nil, rne: rne, place: place, provider: provider)
        let extract = F.extract(headers: [(F.child(), nil)], episodes: [(first, nil), (second, nil)])
        let (changed, report) = HistoryMerge.merge(extract, into: [])
        #expect(changed.first?.episodes == [first, second], "\(what)")
        #expect(report.rulesApplied.isEmpty, "\(what)")
    }

    @Test("d: a change of legal status into another kind of home (L, U4 → K2) stays two episodes for the register")
    func legalChangeIntoAnotherCategory() {
        // Costs join episodes by their start, and K2 is a new cost item, so the register needs the K2 episode.
        // The demand model folds the two into one U4 episode, as the regional model does (DemandFoldTests).
        let first = F.episode(start: "2020-01-01", end: "2021-01-01", rne: .p, place: .u4, provider: .pr1, rec: .x1)
        let second = F.episode(start: "2021-01-01", end: nil, rne: .l, ls: .c1, place: .k2, provider: .pr4)
        let extract = F.extract(headers: [(F.child(), nil)], episodes: [(first, nil), (second, nil)])
        let (changed, report) = HistoryMerge.merge(extract, into: [])
        #expect(changed.first?.episodes == [first, second])
        #expect(report.rulesApplied.isEmpty)
    }

    @Test("d: a continuation after a gap is a return to care, not folded")
    func continuationAfterGap() {
        let first = F.episode(start: "2017-01-01", end: "2017-03-01", rec: .e13)
        let later = F.episode(start: "2017-04-01", end: nil, rne: .l)
        let extract = F.extract(headers: [(F.child(), nil)], episodes: [(first, nil), (later, nil)])
        #expect(HistoryMerge.merge(extract, into: []).changed.first?.episodes == [first, later])
    }

    @Test("e: episode rows with no header anywhere are left out and counted")
    func episodeWithoutHeader() {
        let extract = F.extract(
            headers: [(F.child("1"), nil)],
            episodes: [
                (F.episode("1", start: "2017-01-01", end: nil), nil),
                (F.episode("9", start: "2017-01-01", end: "2017-02-01"), nil),
                (F.episode("9", start: "2017-02-01", end: nil), nil),
            ])
        let (changed, report) = HistoryMerge.merge(extract, into: [])
        #expect(changed.map(\.child.id) == ["1"])
        #expect(report.rulesApplied == [.episodeWithoutHeader: 2])
        #expect(
            report.warnings == [
                "2 episode rows for 1 child with no header record left out (for example child 9 of 879)"
            ])
    }

    @Test("e: a stored header is enough for new episode rows")
    func storedHeaderIsEnough() {
        let stored = ChildHistory(authority: "879", child: F.child(), episodes: [])
        let episode = F.episode(start: "2017-01-01", end: nil)
        let (changed, report) = HistoryMerge.merge(F.extract(headers: [], episodes: [(episode, nil)]), into: [stored])
        #expect(changed == [ChildHistory(authority: "879", child: F.child(), episodes: [episode])])
        #expect(report.rulesApplied.isEmpty)
    }

    @Test("the stored history counts as the oldest return: a later return closes its open episode")
    func storedIsOldest() {
        let open = F.episode(start: "2023-05-01", end: nil)
        let closed = F.episode(start: "2023-05-01", end: "2024-06-30", rec: .e13)
        let stored = ChildHistory(authority: "879", child: F.child(), episodes: [open])
        let other = ChildHistory(authority: "879", child: F.child("2"), episodes: [open])
        let extract = F.extract(headers: [(F.child(), 2025)], episodes: [(closed, 2025)])
        let (changed, report) = HistoryMerge.merge(extract, into: [stored, other])
        // Child 2 is not in the import, so it is neither changed nor returned.
        #expect(changed == [ChildHistory(authority: "879", child: F.child(), episodes: [closed])])
        #expect(report.rulesApplied == [.duplicateStart: 1])
        #expect(report.childrenAffected == 1)
        #expect(report.episodesAfterCleaning == 1)
        #expect(HistoryMerge.merge(extract, into: changed + [other]).changed.isEmpty)
    }

    @Test("a zero-length episode sharing its end with a trimmed one is dropped, so cleaning settles")
    func zeroLengthEpisode() {
        let open = F.episode(start: "2017-01-01", end: nil)
        let instant = F.episode(start: "2017-05-01", end: "2017-05-01", rec: .x1)
        let last = F.episode(start: "2017-06-01", end: nil)
        let extract = F.extract(headers: [(F.child(), nil)], episodes: [(open, nil), (instant, nil), (last, nil)])
        let (changed, report) = HistoryMerge.merge(extract, into: [])
        // First pass: the open episode ends 01/05 (X1), the day the zero-length one starts and ends.
        // Second pass: two episodes now end 01/05, and the earlier-starting one is kept.
        var first = open
        first.end = F.day("2017-05-01"); first.reasonEnded = .x1
        #expect(changed.first?.episodes == [first, last])
        #expect(report.rulesApplied == [.overlapTrimmed: 1, .duplicateEnd: 1])
        #expect(HistoryMerge.merge(extract, into: changed).changed.isEmpty)
    }

    @Test("re-merging rules are reported only for children whose history changes")
    func reportOnlyChanges() {
        let first = F.extract(
            headers: [(F.child("1"), 2024), (F.child("2"), 2024)],
            episodes: [
                (F.episode("1", start: "2023-05-01", end: nil), 2024),
                (F.episode("2", start: "2023-05-01", end: nil), 2024),
            ])
        let stored = HistoryMerge.merge(first, into: []).changed
        // The 2025 return repeats child 1 unchanged and ends child 2's episode.
        let second = F.extract(
            headers: [(F.child("1"), 2025), (F.child("2"), 2025)],
            episodes: [
                (F.episode("1", start: "2023-05-01", end: nil), 2025),
                (F.episode("2", start: "2023-05-01", end: "2024-07-01", rec: .e4a), 2025),
            ])
        let (changed, report) = HistoryMerge.merge(second, into: stored)
        #expect(changed.map(\.child.id) == ["2"])
        #expect(report.rulesApplied == [.duplicateStart: 1])
    }
}
