import CareModel
import Testing

@testable import Forecasting

@Suite("Demand model: episodes cut at band birthdays")
struct DemandSplittingTests {
    static func day(_ s: String) -> Day { Day(iso: s)! }

    static func history(_ id: String, born: String, _ episodes: [(String, String?, PlacementType)]) -> ChildHistory {
        let eps = episodes.map {
            Episode(childID: id, start: day($0.0), reasonNew: .s, legalStatus: .c2, place: $0.2, end: $0.1.map(day))
        }
        return ChildHistory(authority: "990", child: Child(id: id, sex: .female, dateOfBirth: day(born)), episodes: eps)
    }

    @Test("an episode crossing the 5th birthday becomes two rows linked to each other")
    func splitsAtFifthBirthday() {
        // Born 2015-06-10; U4 from 2019-01-01 (1,301 days = age 3.56) to 2021-01-01 (age 5.56).
        // The 5th birthday, 2020-06-10, is 1,827 days on (≥ 5 × 365.24 = 1,826.2): the episode is cut there.
        let h = Self.history("A", born: "2015-06-10", [("2019-01-01", "2021-01-01", .u4)])
        let rows = DemandEpisode.rows(of: h, dataEnd: Self.day("2021-03-31"))
        #expect(
            rows == [
                DemandEpisode(
                    start: Self.day("2019-01-01"), end: Self.day("2020-06-10"),
                    state: DemandState(.oneToFive, .fostering), endBand: .fiveToTen,
                    before: .notInCare, after: .fostering),
                DemandEpisode(
                    start: Self.day("2020-06-10"), end: Self.day("2021-01-01"),
                    state: DemandState(.fiveToTen, .fostering), endBand: .fiveToTen,
                    before: .fostering, after: .notInCare),
            ])
        // So ageing is an observed transition (1–5 Fostering → 5–10 Fostering), and the second row is no entrant.
        #expect(rows[0].destination == DemandState(.fiveToTen, .fostering))
        #expect(rows[0].isEntry && !rows[1].isEntry)
    }

    @Test("open episodes are cut only at birthdays reached by the end of the data")
    func openEpisodeCutByDataEnd() {
        // Born 2010-01-20, in R1 from 2025-06-01 (age 15.36), open. 16th birthday 2026-01-20.
        let h = Self.history("B", born: "2010-01-20", [("2025-06-01", nil, .r1)])
        let before = DemandEpisode.rows(of: h, dataEnd: Self.day("2025-12-31"))
        #expect(before.map(\.state) == [DemandState(.tenToSixteen, .residential)])
        #expect(before[0].after == nil && before[0].destination == nil)
        let after = DemandEpisode.rows(of: h, dataEnd: Self.day("2026-03-31"))
        #expect(
            after.map(\.state) == [DemandState(.tenToSixteen, .residential), DemandState(.sixteenPlus, .residential)])
        #expect(after.map(\.end) == [Self.day("2026-01-20"), nil])
    }

    @Test("a birthday short of the fractional year gives a same-day row that leads into the rest of the episode")
    func sameDayRowAtFirstBirthday() {
        // Born 2021-03-01; the 1st birthday 2022-03-01 is 365 days on: age 365 / 365.24 = 0.9993, still Birth to 1.
        // An open U6 episode from that day is cut at that same birthday: [2022-03-01, 2022-03-01] in Birth to 1,
        // then [2022-03-01, open) in 1 to 5 (760 days = age 2.08 at the data end). The parts stay in the
        // episode's order (the regional code has not sorted rows again after the cut since commit 5a33527), so
        // the same-day row is the entrant and ages into 1 to 5 Fostering, and the open row continues it.
        let h = Self.history("C", born: "2021-03-01", [("2022-03-01", nil, .u6)])
        let rows = DemandEpisode.rows(of: h, dataEnd: Self.day("2023-03-31"))
        #expect(rows.map(\.state) == [DemandState(.birthToOne, .fostering), DemandState(.oneToFive, .fostering)])
        #expect(rows.map(\.end) == [Self.day("2022-03-01"), nil])
        #expect(rows.map(\.isEntry) == [true, false])
        #expect(rows[0].destination == DemandState(.oneToFive, .fostering))
    }

    @Test("an episode ending on the 16th birthday: its same-day part links it to the next episode (issue 12)")
    func sameDayPartBeforeNextEpisode() {
        // Born 2008-06-15. U4 from 2023-01-10 (5,322 days = age 14.57) to the 16th birthday 2024-06-15, which is
        // 16 × 365 + 4 leap days (2012, 2016, 2020, 2024) = 5,844 days on = age 16.0004 ≥ 16: the episode is cut
        // there, leaving a part [2024-06-15, 2024-06-15] in 16+. Then K2 from 2024-06-15, open (6,133 days =
        // age 16.79 at the data end 2025-03-31: no cut). Rows in the regional order (episodes by DECOM, each
        // episode's parts in order; checked against the regional code's own output for this child):
        // 1. [2023-01-10, 2024-06-15] 10–16 Fostering: before Not in care (no row before); after Fostering
        //    (row 2 starts on its DEC): an entrant, then ageing 10–16 Fostering → 16+ Fostering.
        // 2. [2024-06-15, 2024-06-15] 16+ Fostering: before Fostering (row 1 ends on its DECOM); after Residential
        //    (row 3 starts on its DEC): a move 16+ Fostering → 16+ Residential.
        // 3. [2024-06-15, open) 16+ Residential: before Fostering (row 2 ends on its DECOM); after None.
        // Sorting the rows after the cut (open first) put row 3 second: row 1 then went straight to Residential,
        // and row 2, with no row ending on its start or starting on its end, was an entrant and an exit to
        // 16+ Not in care.
        let h = Self.history("D", born: "2008-06-15", [("2023-01-10", "2024-06-15", .u4), ("2024-06-15", nil, .k2)])
        let rows = DemandEpisode.rows(of: h, dataEnd: Self.day("2025-03-31"))
        #expect(
            rows == [
                DemandEpisode(
                    start: Self.day("2023-01-10"), end: Self.day("2024-06-15"),
                    state: DemandState(.tenToSixteen, .fostering), endBand: .sixteenPlus,
                    before: .notInCare, after: .fostering),
                DemandEpisode(
                    start: Self.day("2024-06-15"), end: Self.day("2024-06-15"),
                    state: DemandState(.sixteenPlus, .fostering), endBand: .sixteenPlus,
                    before: .fostering, after: .residential),
                DemandEpisode(
                    start: Self.day("2024-06-15"), end: nil,
                    state: DemandState(.sixteenPlus, .residential), endBand: .sixteenPlus,
                    before: .fostering, after: nil),
            ])
        #expect(rows.map(\.isEntry) == [true, false, false])
        #expect(
            rows.map(\.destination) == [
                DemandState(.sixteenPlus, .fostering), DemandState(.sixteenPlus, .residential), nil,
            ])
        // The episodes are put in order before the cut, so a history given out of order reads the same.
        var reversed = h
        reversed.episodes.reverse()
        #expect(DemandEpisode.rows(of: reversed, dataEnd: Self.day("2025-03-31")) == rows)
    }

    @Test("29 February birthdays fall on 28 February, as relativedelta gives")
    func leapDayBirthday() {
        #expect(DemandEpisode.regionalBirthday(born: Self.day("2008-02-29"), years: 10) == Self.day("2018-02-28"))
        #expect(DemandEpisode.regionalBirthday(born: Self.day("2008-02-29"), years: 16) == Self.day("2024-02-29"))
    }

    @Test(
        "bands and categories",
        arguments: [
            (0.9993, DemandAgeBand.birthToOne), (1.0, .oneToFive), (4.99, .oneToFive), (5.0, .fiveToTen),
            (10.0, .tenToSixteen), (15.999, .tenToSixteen), (16.0, .sixteenPlus), (19.5, .sixteenPlus),
        ])
    func bands(age: Double, band: DemandAgeBand) {
        #expect(DemandAgeBand(age: age) == band)
    }

    @Test(
        "placement codes map to the regional categories",
        arguments: [
            (PlacementType.u1, DemandCategory.fostering), (.u6, .fostering), (.k2, .residential), (.r1, .residential),
            (.p3, .residential), (.s1, .residential), (.h5, .supported), (.k3, .supported), (.p2, .supported),
            (.k1, .other), (.p1, .other), (.a3, .other), (.z1, .other),
        ])
    func categories(place: PlacementType, category: DemandCategory) {
        #expect(DemandCategory(place: place) == category)
    }
}
