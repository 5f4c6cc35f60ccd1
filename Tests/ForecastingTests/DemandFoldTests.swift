import CareModel
import Testing

@testable import Forecasting

@Suite("Demand model: same-carer continuations folded as the regional model folds them")
struct DemandFoldTests {
    static func day(_ s: String) -> Day { Day(iso: s)! }

    static func episode(
        _ start: String, _ end: String?, _ rne: ReasonNewEpisode, _ place: PlacementType,
        _ provider: PlacementProvider, rec: ReasonEpisodeCeased? = nil
    ) -> Episode {
        Episode(
            childID: "F", start: day(start), reasonNew: rne, legalStatus: .c2, place: place, provider: provider,
            end: end.map(day), reasonEnded: rec)
    }

    static func history(_ episodes: [Episode]) -> ChildHistory {
        ChildHistory(
            authority: "990", child: Child(id: "F", sex: .male, dateOfBirth: day("2012-07-01")), episodes: episodes)
    }

    /// Born 2012-07-01. P, U4 in-house, from 2020-01-01 (2,740 days = age 7.50) to 2021-01-01; then L (legal
    /// status only), K2 external, from 2021-01-01, open (3,195 days = age 8.75 at the data end 2021-03-31):
    /// 5 to 10 throughout, so no birthday cut. The import keeps the two apart (fostering → residential is
    /// another `PlacementCategory`; `SSDA903MergeTests` checks that side).
    static let stored = history([
        episode("2020-01-01", "2021-01-01", .p, .u4, .pr1, rec: .x1),
        episode("2021-01-01", nil, .l, .k2, .pr4),
    ])

    @Test("an L episode in another kind of home folds into the one before, which keeps its own placement")
    func foldsAcrossCategories() {
        // The regional `_remove_redundant_episodes` drops the L row (RNE L, DECOM = the previous DEC) and hands
        // its DEC (none: open), REC and REASON_PLACE_CHANGE to the P row, which keeps DECOM, RNE, PLACE U4 and
        // PLACE_PROVIDER PR1. Run on this child, the regional code gives one row: 2020-01-01, open, U4,
        // 5 to 10 Fostering, before Not in care, after None.
        var folded = Self.stored.episodes[0]
        folded.end = nil
        folded.reasonEnded = nil
        #expect(Self.stored.regionalEpisodes == [folded])
        #expect(Self.stored.episodes.count == 2)  // the stored history is not changed
        let rows = DemandEpisode.rows(of: Self.stored, dataEnd: Self.day("2021-03-31"))
        #expect(
            rows == [
                DemandEpisode(
                    start: Self.day("2020-01-01"), end: nil, state: DemandState(.fiveToTen, .fostering),
                    endBand: .fiveToTen, before: .notInCare, after: nil)
            ])
        // So the child is still fostered, not in a children's home, in the stock and the rates.
        let demand = DemandHistory(histories: [Self.stored])
        #expect(demand.stock(on: Self.day("2021-02-01")) == [DemandState(.fiveToTen, .fostering): 1])
    }

    @Test("cost proportions read the folded episodes: the K2 days count as in-house fostering")
    func costProportionsFold() {
        // 1 Jan – 31 Mar 2021: 90 stock-days, all in the folded U4 PR1 episode. Residential has none, so its two
        // items split equally. Unfolded, the U4 episode would end on 1 Jan (no days: a third each for the three
        // fostering items) and K2 PR4 would make Residential (External) 1.
        let p = DemandCostProportions.observed(
            in: [Self.stored], referenceStart: Self.day("2021-01-01"), referenceEnd: Self.day("2021-03-31"))
        #expect(abs(p.share(of: .fosteringInHouse) - 1) < 1e-12)
        #expect(abs(p.share(of: .residentialExternal) - 0.5) < 1e-12)
        #expect(abs(p.share(of: .residentialInHouse) - 0.5) < 1e-12)
    }

    @Test("a run of continuations folds into the first episode and takes the last one's end and reason")
    func foldsRun() {
        // U4 (P) → K2 (L) → K3 (T, ends 2021-06-01, REC E13): the regional `redundant_group` is both L and T
        // rows, and the last one's DEC and REC go to the U4 row.
        let h = Self.history([
            Self.episode("2020-01-01", "2021-01-01", .p, .u4, .pr1, rec: .x1),
            Self.episode("2021-01-01", "2021-03-01", .l, .k2, .pr4, rec: .x1),
            Self.episode("2021-03-01", "2021-06-01", .t, .k3, .pr4, rec: .e13),
        ])
        var folded = h.episodes[0]
        folded.end = Self.day("2021-06-01")
        folded.reasonEnded = .e13
        #expect(h.regionalEpisodes == [folded])
    }

    @Test("no fold for new carers (P) or after a gap, whatever the placement")
    func notFolded() {
        let newCarers = Self.history([
            Self.episode("2020-01-01", "2021-01-01", .p, .u4, .pr1, rec: .x1),
            Self.episode("2021-01-01", nil, .p, .u4, .pr4),
        ])
        let afterGap = Self.history([
            Self.episode("2020-01-01", "2020-12-01", .p, .u4, .pr1, rec: .e13),
            Self.episode("2021-01-01", nil, .l, .u4, .pr1),
        ])
        #expect(newCarers.regionalEpisodes == newCarers.episodes)
        #expect(afterGap.regionalEpisodes == afterGap.episodes)
    }
}
