import Testing

@testable import CareModel

/// A small fixture: one child, two care periods.
/// Period 1: 2020-01-10 S (U6 PR1) → 2020-06-01 L (U6 PR1, legal status only) → 2021-02-01 P (K2 PR4) → ends 2021-05-01 E4A.
/// Period 2: 2022-03-01 S (K3 PR4), still open.
enum Fixture {
    static let child = Child(id: "C1", sex: .female, dateOfBirth: Day(iso: "2007-05-20")!)

    static func episode(
        _ start: String, _ rne: ReasonNewEpisode, _ ls: LegalStatus, _ place: PlacementType,
        _ provider: PlacementProvider?, _ end: String?, _ rec: ReasonEpisodeCeased?
    ) -> Episode {
        Episode(
            childID: "C1", start: Day(iso: start)!, reasonNew: rne, legalStatus: ls, place: place,
            provider: provider, end: end.map { Day(iso: $0)! }, reasonEnded: rec)
    }

    static let history = ChildHistory(
        authority: "990", child: child,
        episodes: [
            episode("2020-01-10", .s, .v2, .u6, .pr1, "2020-06-01", .x1),
            episode("2020-06-01", .l, .c2, .u6, .pr1, "2021-02-01", .x1),
            episode("2021-02-01", .p, .c2, .k2, .pr4, "2021-05-01", .e4a),
            episode("2022-03-01", .s, .v2, .k3, .pr4, nil, nil),
        ])
}

@Suite("Child histories and placements")
struct HistoryTests {
    @Test(arguments: [
        ("2020-01-09", nil), ("2020-01-10", "2020-01-10"), ("2020-06-01", "2020-06-01"),
        ("2021-04-30", "2021-02-01"), ("2021-05-01", nil), ("2022-02-28", nil), ("2030-01-01", "2022-03-01"),
    ])
    func episodeOnDay(day: String, expectedStart: String?) {
        #expect(Fixture.history.episode(on: Day(iso: day)!)?.start.iso == expectedStart)
    }

    @Test func entriesAndExits() {
        #expect(Fixture.history.careEntries.map(\.iso) == ["2020-01-10", "2022-03-01"])
        #expect(Fixture.history.careExits.map(\.iso) == ["2021-05-01"])
    }

    /// The L episode continues the foster placement; the P episode is a move; the S episode a new period.
    @Test func placementsFoldLegalStatusChanges() {
        let placements = Placement.placements(from: Fixture.history.episodes)
        #expect(placements.map(\.start.iso) == ["2020-01-10", "2021-02-01", "2022-03-01"])
        #expect(placements.map { $0.end?.iso } == ["2021-02-01", "2021-05-01", nil])
        #expect(placements.map(\.category) == [.fosteringInHouse, .residentialExternal, .supported])
    }

    @Test func eighteenthBirthday() {
        #expect(Fixture.child.eighteenthBirthday.iso == "2025-05-20")
        #expect(Fixture.child.age(on: Day(iso: "2025-05-19")!) == 17)
    }

    @Test(arguments: [
        ("SC123456", true), ("sc123456", true), ("1234567", true), ("XXXXXXX", false),
        ("SC12345", false), ("12345678", false),
    ])
    func urnShape(urn: String, ok: Bool) {
        #expect(Provider.isWellFormedURN(urn) == ok)
    }

    @Test(arguments: [("Ofsted-registered", RegistrationStatus.ofsted), ("CQC", .cqc), ("unregistered", .unregistered)])
    func registrationText(text: String, expected: RegistrationStatus) {
        #expect(RegistrationStatus(text: text) == expected)
    }
}

@Suite("Groups of children")
struct ChildGroupTests {
    static let day = Day(iso: "2025-03-31")!
    /// Born 1 April 2010: 14 on 31 March 2025 (10–15). UASC until 1 January 2026.
    static let child = Child(
        id: "1", sex: .female, dateOfBirth: Day(iso: "2010-04-01")!, uasc: UASCStatus(ceased: Day(iso: "2026-01-01")))

    @Test(
        "membership on a day and ever",
        arguments: [
            (ChildGroup(), true, true),
            (ChildGroup(sex: .female), true, true),
            (ChildGroup(sex: .male), false, false),
            (ChildGroup(uasc: .uasc), true, true),
            (ChildGroup(uasc: .notUASC), false, false),
            (ChildGroup(ageBand: .age10to15), true, true),  // age is not a matter for `includesEver`
            (ChildGroup(ageBand: .age16plus), false, true),
        ])
    func membership(group: ChildGroup, onTheDay: Bool, ever: Bool) {
        #expect(group.includes(Self.child, on: Self.day) == onTheDay)
        #expect(group.includesEver(Self.child) == ever)
    }

    /// On DUC itself the status has ceased: the child is "not UASC" that day, but was ever UASC.
    @Test func statusCeasesOnItsDay() {
        let ceased = Day(iso: "2026-01-01")!
        #expect(ChildGroup(uasc: .notUASC).includes(Self.child, on: ceased))
        #expect(!ChildGroup(uasc: .notUASC).includesEver(Self.child))
    }

    @Test(
        "labels in plain words",
        arguments: [
            (ChildGroup(), "All children"),
            (ChildGroup(sex: .female, uasc: .uasc, ageBand: .age10to15), "UASC, female, aged 10 to 15"),
            (ChildGroup(sex: .unknown), "Sex not known"),
            (ChildGroup(uasc: .notUASC, ageBand: .under1), "Not UASC, aged under 1"),
        ])
    func label(group: ChildGroup, text: String) {
        #expect(group.label == text)
    }
}
