import Testing

@testable import CareModel

@Suite("SSDA903 code lists")
struct CodeListTests {
    @Test func everyCodeRoundTrips() {
        func roundTrips<C: SSDA903Code>(_ type: C.Type) -> Bool {
            C.allCases.allSatisfy { C(code: $0.code) == $0 && !$0.label.isEmpty }
        }
        #expect(roundTrips(PlacementType.self))
        #expect(roundTrips(PlacementProvider.self))
        #expect(roundTrips(ReasonNewEpisode.self))
        #expect(roundTrips(LegalStatus.self))
        #expect(roundTrips(CategoryOfNeed.self))
        #expect(roundTrips(ReasonEpisodeCeased.self))
        #expect(roundTrips(ReasonPlaceChange.self))
        #expect(roundTrips(Ethnicity.self))
    }

    /// The full lists of reference/domain.md §1: counting them catches a dropped or doubled case.
    @Test(arguments: [
        // A3–A6 (4) + H5 (1) + K1–K3 (3) + P1–P3 (3) + R1–R3, R5 (4) + S1 (1) + T0–T4 (5) + U1–U6 (6)
        // + Z1, Z11–Z14 (5) + Q1, Q2 (2) = 34
        (PlacementType.allCases.count, 34),
        (PlacementProvider.allCases.count, 6),  // PR0–PR5
        (ReasonNewEpisode.allCases.count, 6),  // S L P T B U
        (LegalStatus.allCases.count, 13),  // C1 C2 D1 E1 V2 V3 V4 L1 L2 L3 J1 J2 J3
        (CategoryOfNeed.allCases.count, 8),  // N1–N8
        (ReasonEpisodeCeased.allCases.count, 22),  // X1 + 21 E codes
        (ReasonPlaceChange.allCases.count, 12),
        (Ethnicity.allCases.count, 20),
    ])
    func listSizes(actual: Int, expected: Int) {
        #expect(actual == expected)
    }

    @Test(arguments: [
        (" u4 ", PlacementType.u4), ("K3", .k3), ("z12", .z12), ("H5", .h5), ("Q2", .q2),
    ])
    func codesReadWithSpacesAndCase(text: String, expected: PlacementType) {
        #expect(PlacementType(code: text) == expected)
    }

    @Test(arguments: ["", "U7", "Z2", "K 2", "PR1"])
    func unknownCodesAreRejected(text: String) {
        #expect(PlacementType(code: text) == nil)
    }

    @Test(arguments: [
        ("1", Sex.male), ("2", .female), ("M", .male), ("F", .female), ("U", .unknown), ("m", .male), ("1.0", .male),
    ])
    func sexOldAndNewCoding(text: String, expected: Sex) {
        #expect(Sex(code: text) == expected)
    }

    @Test(arguments: ["3", "X", "", "0"])
    func sexRejectsOtherValues(text: String) {
        #expect(Sex(code: text) == nil)
    }

    /// (code, collection year start, valid?) — K3 from 2024-25; H5/P2/Z1 to 2024-25; Z11–Z14 from 2025-26.
    @Test(arguments: [
        (PlacementType.k3, 2023, false), (.k3, 2024, true), (.k3, 2026, true),
        (.h5, 2023, true), (.h5, 2024, true), (.h5, 2025, false),
        (.p2, 2025, false), (.z1, 2024, true), (.z1, 2025, false),
        (.z11, 2024, false), (.z14, 2025, true), (.u4, 2010, true), (.q1, 2012, true), (.q1, 2013, false),
    ])
    func codeValidityByYear(code: PlacementType, year: Int, valid: Bool) {
        #expect(code.isValid(in: FinancialYear(year)) == valid)
    }

    @Test func providerExpectations() {
        #expect(PlacementType.t2.expectsNoProvider)
        #expect(PlacementType.z13.expectsNoProvider)
        #expect(!PlacementType.k2.expectsNoProvider)
        #expect(LegalStatus.v3.isShortBreak && LegalStatus.v4.isShortBreak && !LegalStatus.v2.isShortBreak)
        #expect(ReasonNewEpisode.allCases.filter(\.continuesSameCarer) == [.l, .t, .u])
        #expect(!ReasonEpisodeCeased.x1.leavesCare && ReasonEpisodeCeased.e17.leavesCare)
    }
}
