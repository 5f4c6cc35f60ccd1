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

    @Test("a birthday short of the fractional year gives a same-day row, sorted as the regional code sorts")
    func sameDayRowAtFirstBirthday() {
        // Born 2021-03-01; the 1st birthday 2022-03-01 is 365 days on: age 365 / 365.24 = 0.9993, still Birth to 1.
        // An open U6 episode from that day is cut at that same birthday: rows [2022-03-01, 2022-03-01] in
        // Birth to 1 and [2022-03-01, open) in 1 to 5. The regional sort puts a missing DEC first, so the open
        // row comes first and neither row follows an episode ending on its start: both count as entrants.
        let h = Self.history("C", born: "2021-03-01", [("2022-03-01", nil, .u6)])
        let rows = DemandEpisode.rows(of: h, dataEnd: Self.day("2023-03-31"))
        #expect(rows.map(\.state) == [DemandState(.oneToFive, .fostering), DemandState(.birthToOne, .fostering)])
        #expect(rows.map(\.end) == [nil, Self.day("2022-03-01")])
        #expect(rows.map(\.isEntry) == [true, true])
        #expect(rows[1].destination == DemandState(.oneToFive, .notInCare))
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
