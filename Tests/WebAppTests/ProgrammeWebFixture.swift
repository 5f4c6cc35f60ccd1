import CareModel
import Foundation
import Storage

/// Authority 990's programmes, small enough to count by hand. Its returns run to 31 March 2025, the day the
/// pages describe, so "in-year" is 2024-25; every child was born on 1 January 2012, so nothing stops at 18.
///
/// Costs register (every placement from 1 April 2024): R1 in an external children's home (K2, PR4, Hill
/// House) at £5,000 a week until 1 March 2025, then with an in-house foster carer (U4, PR1) at £400; R2 in
/// the council's home (K2, PR1) at £4,000; C3 and C4 with agencies (U4, PR4) at £800 and £900.
///
/// STEPS (step-down to fostering, savings target £100,000 for 2024-25), four plans to in-house fostering at
/// £400 a week:
/// - P-1, R1: identified 1 June 2024, agreed at panel then searching; first target 1 December 2024, now
///   1 February 2025 (slipped). Weekly saving £4,600: in-year 59 days £38,771.43, full year £239,857.14;
///   slippage in-year 121 − 59 days = £40,742.86. The register shows the move on 1 March 2025 though the plan
///   is not achieved: flagged. Realised 31 days × £4,600 ÷ 7 = £20,371.43 (all of it in March 2025).
/// - P-2, R2: on hold since 1 September 2024 ("Court hearing adjourned"), target 1 June 2025: weekly saving
///   £3,600, nothing in-year, full year £187,714.29.
/// - P-3, C3: achieved on 1 October 2024 (target that day): weekly £400, in-year 182 days £10,400.00, full
///   year £20,857.14.
/// - P-4, C4: no longer in scope since 1 July 2024 ("Stayed with the agency carer"), target 1 January 2025:
///   weekly £500, in-year 90 days £6,428.57, full year £26,071.43.
/// So the cohort is 4: 1 achieved, 1 on track, 1 yet to be confirmed, 1 no longer in scope (25% each); in-year
/// £55,600.00 and full year £474,500.00 in all. Anticipated in-year (achieved and on track) £49,171.43, £50,828.57
/// short of the target. March 2025: anticipated £1,771.43 (P-3) + £20,371.43 (P-1) = £22,142.86, realised
/// £20,371.43.
///
/// RCRC (Right Child Right Care) has no plans and no savings target.
enum ProgrammeWebFixture {
    static let at = Date(timeIntervalSince1970: 0)
    static let start = Day(iso: "2024-04-01")!
    static func day(_ iso: String) -> Day { Day(iso: iso)! }

    static func seed(_ store: HearthStore) async throws {
        try await seedChildren(store)
        try await store.programmes.replaceProgrammes(
            authority: "990", with: [steps, rcrc], plans: plans, importedAt: at)
    }

    static func seedChildren(_ store: HearthStore) async throws {
        let histories = ["R1", "R2", "C3", "C4"].map { id in
            ChildHistory(
                authority: "990", child: Child(id: id, sex: .female, dateOfBirth: day("2012-01-01")),
                episodes: [Episode(childID: id, start: start, reasonNew: .s, legalStatus: .c2, place: .u4)])
        }
        _ = try await store.careRecords.saveImport(histories, report: ImportReport(), importedAt: at)
        try await store.budget.replaceCosts(authority: "990", with: costs, importedAt: at)
    }

    static func placement(
        _ child: String, from: Day, to end: Day? = nil, _ place: PlacementType, _ provider: PlacementProvider,
        weekly: Int64, name: String? = nil
    ) -> PlacementCost {
        PlacementCost(
            child: ChildKey(authority: "990", child: child), placementStart: from, placementEnd: end, place: place,
            providerType: provider, providerName: name,
            rates: [WeeklyRate(effectiveFrom: from, weekly: Money(pounds: weekly))])
    }

    static let costs = [
        placement("R1", from: start, to: day("2025-03-01"), .k2, .pr4, weekly: 5_000, name: "Hill House"),
        placement("R1", from: day("2025-03-01"), .u4, .pr1, weekly: 400),
        placement("R2", from: start, .k2, .pr1, weekly: 4_000),
        placement("C3", from: start, .u4, .pr4, weekly: 800),
        placement("C4", from: start, .u4, .pr4, weekly: 900),
    ]

    static let steps = Programme(
        authority: "990", id: "STEPS", name: "STEPs step-down", kind: .stepDown,
        savingsTargets: [SavingsTarget(year: FinancialYear(2024), amount: Money(pounds: 100_000))])

    static let rcrc = Programme(authority: "990", id: "RCRC", name: "Right Child Right Care", kind: .permanence)

    static func plan(
        _ id: String, child: String, identified: String, first: String, target: String? = nil,
        owner: String? = nil, statuses: [PlanStatusChange]
    ) -> ProgrammePlan {
        ProgrammePlan(
            authority: "990", id: id, programme: "STEPS", child: child, identified: day(identified),
            destination: .home(.fosteringInHouse), targetWeekly: Money(pounds: 400), firstTargetDate: day(first),
            targetDate: target.map(day), owner: owner, statuses: statuses)
    }

    static let plans = [
        plan(
            "P-1", child: "R1", identified: "2024-06-01", first: "2024-12-01", target: "2025-02-01",
            owner: "Placements team",
            statuses: [
                PlanStatusChange(day: day("2024-07-01"), status: .panelAgreed),
                PlanStatusChange(day: day("2024-08-01"), status: .searching),
            ]),
        plan(
            "P-2", child: "R2", identified: "2024-06-01", first: "2025-06-01",
            statuses: [PlanStatusChange(day: day("2024-09-01"), status: .onHold, reason: "Court hearing adjourned")]),
        plan(
            "P-3", child: "C3", identified: "2024-05-01", first: "2024-10-01",
            statuses: [PlanStatusChange(day: day("2024-10-01"), status: .achieved)]),
        plan(
            "P-4", child: "C4", identified: "2024-05-01", first: "2025-01-01",
            statuses: [
                PlanStatusChange(day: day("2024-07-01"), status: .outOfScope, reason: "Stayed with the agency carer")
            ]),
    ]
}
