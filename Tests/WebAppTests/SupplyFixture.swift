import CareModel
import Foundation
import Storage

/// Authority 990's own homes, small enough to count by hand, and one child in authority 991 so the pages
/// offer a choice of authority. Every child starts on 1 April 2024 and is still in care, so the data runs
/// to 31 March 2025 (the day the fostering and homes pages describe, and where the projection starts).
///
/// Children and their costs register entries (990):
/// - C1 in-house foster (U4, PR1) with household H-A, £400 a week; C2 in-house with no carer named, £400;
/// - C3 and C4 with agencies (U4, PR4), £800 and £900: the agency price is their average, £850.00;
/// - C7 with family (U1), household H-D, £300;
/// - R1 in an external children's home (K2, PR4), £5,000; R2 in the council's Oak House (K2, PR1), £4,000.
/// So foster care splits 1 kinship : 2 in-house : 2 agency (20%, 40%, 40%) and children's homes 1 : 1 (50%).
///
/// Households on 31 March 2025:
/// - H-A mainstream, 2 places, C1 placed: 1 vacancy (postcode PL4 8AA, shown only as PL4 8);
/// - H-B mainstream, 2 places, nobody placed: 2 vacancies. Mainstream: 2 households, 4 places, 1 child, 3 vacancies;
/// - H-C specialist, 1 place, on hold (illness) since 1 January 2025: 0 vacancies;
/// - H-D connected, 1 place, C7 placed: 0 vacancies;
/// - H-E mainstream, 1 place, resigned (retirement) on 1 October 2024: no longer counted.
/// In all: 4 households, 6 places, 2 children, 1 on hold, 3 vacancies. Usable places: kinship 1 (H-D),
/// in-house 4 (H-A 2 + H-B 2 + H-C 1 − 1 on hold). Resignation: 1 of the 6 in-house places approved a year
/// before (H-A 2, H-B 2, H-C 1, H-E 1) went, 16.7% a year.
///
/// Void place-days, 1 April 2024 to 31 March 2025 (365 days): not matched H-A 365 + H-B 730 + H-C 275
/// (to 31 December) + H-E 183 (to 30 September) = 1,553; on hold (illness) H-C 90 (January to March).
///
/// Recruitment: P1 went from enquiry (10 May 2023) to approval (15 February 2024); P2 enquired on 1 May
/// 2024, had an initial visit on 1 June 2024 and withdrew on 1 July 2024; P3 enquired on 1 September 2024.
/// Enquiry → initial visit: 2 of 2 known (100%), median (22 + 31) ÷ 2 = 26.5 days; initial visit →
/// application: 1 of 2 (50%). Net change from 1 April 2024: no approvals, 1 resignation (H-E): −1.
///
/// Homes: Oak House (council, 3 beds, registered 3 May 2021, R2 in it: 2 empty); Elm Lodge (council, 2 beds,
/// planned to open 1 October 2025, application submitted: 0 beds now); Cedar block (2 beds at £4,200 a week
/// each from 1 January 2024 to 31 March 2026, empty). In March 2025: bed-days 93 + 62 = 155, empty
/// 62 + 62 = 124, empty block beds £600 × 62 = £37,200.00; over the 12 months £1,200 × 365 = £438,000.00.
enum SupplyFixture {
    static let start = Day(iso: "2024-04-01")!
    static let at = Date(timeIntervalSince1970: 0)

    static func seed(_ store: HearthStore) async throws {
        try await seedChildren(store)
        try await store.supply.replaceHouseholds(authority: "990", with: households(), importedAt: at)
        try await store.supply.replaceHomes(authority: "990", with: homes(), importedAt: at)
        try await store.supply.replaceRecruitmentEvents(authority: "990", with: events(), importedAt: at)
    }

    /// (child, PLACE, provider, £ a week, carer)
    static let placements: [(String, PlacementType, PlacementProvider, Int64, String?)] = [
        ("C1", .u4, .pr1, 400, "H-A"), ("C2", .u4, .pr1, 400, nil), ("C3", .u4, .pr4, 800, nil),
        ("C4", .u4, .pr4, 900, nil), ("C7", .u1, .pr1, 300, "H-D"), ("R1", .k2, .pr4, 5_000, nil),
        ("R2", .k2, .pr1, 4_000, "HOME-1"),
    ]

    static func seedChildren(_ store: HearthStore) async throws {
        var histories: [ChildHistory] = [], costs: [PlacementCost] = []
        for (id, place, provider, weekly, carer) in placements {
            let episode = Episode(
                childID: id, start: start, reasonNew: .s, legalStatus: .c2, place: place, provider: provider)
            let child = Child(id: id, sex: .female, dateOfBirth: Day(iso: "2012-01-01")!)
            histories.append(ChildHistory(authority: "990", child: child, episodes: [episode]))
            costs.append(
                PlacementCost(
                    child: ChildKey(authority: "990", child: id), placementStart: start, place: place,
                    providerType: provider, rates: [WeeklyRate(effectiveFrom: start, weekly: Money(pounds: weekly))],
                    carer: carer))
        }
        let other = Child(id: "D1", sex: .male, dateOfBirth: Day(iso: "2013-01-01")!)
        let episode = Episode(childID: "D1", start: start, reasonNew: .s, legalStatus: .c2, place: .u4, provider: .pr4)
        histories.append(ChildHistory(authority: "991", child: other, episodes: [episode]))
        _ = try await store.careRecords.saveImport(histories, report: ImportReport(), importedAt: at)
        try await store.budget.replaceCosts(authority: "990", with: costs, importedAt: at)
    }

    static func households() -> [Household] {
        func day(_ iso: String) -> Day { Day(iso: iso)! }
        return [
            Household(
                authority: "990", id: "H-A", kind: .mainstream, approved: day("2020-01-01"), places: 2,
                postcode: "PL4 8AA"),
            Household(
                authority: "990", id: "H-B", kind: .mainstream, approved: day("2021-06-01"), places: 2,
                postcode: "PL1 2BB"),
            Household(
                authority: "990", id: "H-C", kind: .specialist, approved: day("2022-01-01"), places: 1,
                postcode: "PL6 5CC",
                statuses: [HouseholdStatusChange(day: day("2025-01-01"), status: .onHold, reason: .illness)]),
            Household(
                authority: "990", id: "H-D", kind: .connected, approved: day("2024-04-01"), places: 1,
                postcode: "PL2 3DD"),
            Household(
                authority: "990", id: "H-E", kind: .mainstream, approved: day("2019-01-01"), places: 1,
                postcode: "PL5 1EE",
                statuses: [HouseholdStatusChange(day: day("2024-10-01"), status: .resigned, reason: .retirement)]),
        ]
    }

    static func homes() -> [ChildrensHome] {
        [
            ChildrensHome(
                authority: "990", id: "HOME-1", name: "Oak House", kind: .council, beds: 3, urn: "SC000001",
                registered: Day(iso: "2021-05-03")),
            ChildrensHome(
                authority: "990", id: "HOME-2", name: "Elm Lodge", kind: .council, beds: 2,
                plannedOpening: Day(iso: "2025-10-01"), registrationStage: "application submitted"),
            ChildrensHome(
                authority: "990", id: "BLOCK-1", name: "Cedar block", kind: .block, beds: 2,
                weeklyBedPrice: Money(pounds: 4_200), contractStart: Day(iso: "2024-01-01"),
                contractEnd: Day(iso: "2026-03-31")),
        ]
    }

    static func events() -> [RecruitmentEvent] {
        let p1: [(RecruitmentStage, String)] = [
            (.enquiry, "2023-05-10"), (.initialVisit, "2023-06-01"), (.application, "2023-07-01"),
            (.stage1, "2023-08-01"), (.stage2, "2023-10-01"), (.panel, "2024-02-01"), (.approval, "2024-02-15"),
        ]
        let p2: [(RecruitmentStage, String)] = [
            (.enquiry, "2024-05-01"), (.initialVisit, "2024-06-01"), (.withdrawn, "2024-07-01"),
        ]
        let p3: [(RecruitmentStage, String)] = [(.enquiry, "2024-09-01")]
        return [("P1", p1), ("P2", p2), ("P3", p3)].flatMap { prospect, stages in
            stages.map { stage, day in
                RecruitmentEvent(
                    authority: "990", prospect: prospect, stage: stage, day: Day(iso: day)!, channel: .campaign,
                    withdrawalReason: stage == .withdrawn ? .notReady : nil)
            }
        }
    }
}
