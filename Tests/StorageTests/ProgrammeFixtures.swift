import CareModel
import Foundation

/// Programmes and children's plans covering every stored field and every kind of destination.
enum ProgrammeFixtures {
    static func day(_ iso: String) -> Day { Day(iso: iso)! }

    /// Two years of savings targets, given out of year order; one above Int32.max pence, so BIGINT matters.
    static let steps = Programme(
        authority: "879", id: "STEPS", name: "STEPs step-down", kind: .stepDown,
        savingsTargets: [
            SavingsTarget(year: FinancialYear(2025), amount: Money(pence: 3_000_000_000)),
            SavingsTarget(year: FinancialYear(2024), amount: Money(pounds: 250_000)),
        ])

    /// No savings targets.
    static let rcrc = Programme(authority: "879", id: "RCRC", name: "Right Child Right Care", kind: .permanence)

    /// A programme of another authority.
    static let comingHome = Programme(
        authority: "802", id: "COMING-HOME", name: "Coming Home", kind: .comingHome,
        savingsTargets: [SavingsTarget(year: FinancialYear(2024), amount: Money(pounds: 90_000))])

    /// Every field set: a target date later than the first, a one-off cost, an owner, and status changes given
    /// out of day order — two on one day, kept in the order given — with reasons where they stop or pause.
    static let full = ProgrammePlan(
        authority: "879", id: "P-001", programme: "STEPS", child: "C0042", identified: day("2024-04-15"),
        destination: .home(.fosteringInHouse), targetWeekly: Money(pence: 65_432), firstTargetDate: day("2024-10-01"),
        targetDate: day("2025-01-15"), oneOffCost: Money(pence: 1_250_000), owner: "Placements team",
        statuses: [
            PlanStatusChange(day: day("2024-09-02"), status: .onHold, reason: "Court hearing adjourned"),
            PlanStatusChange(day: day("2024-05-01"), status: .panelAgreed),
            PlanStatusChange(day: day("2024-06-10"), status: .searching),
            PlanStatusChange(day: day("2024-06-10"), status: .matched),
        ])

    /// Out of care to a special guardian, stopped with a reason; no owner, the target date the first.
    static let leavesCare = ProgrammePlan(
        authority: "879", id: "P-002", programme: "RCRC", child: "C0107", identified: day("2024-07-01"),
        destination: .leavesCare, targetWeekly: Money(pence: 18_500), firstTargetDate: day("2025-03-31"),
        statuses: [PlanStatusChange(day: day("2024-11-20"), status: .outOfScope, reason: "Special guardian withdrew")])

    /// One plan to each kind of home, nothing optional set.
    static let everyHome: [ProgrammePlan] = PlacementCategory.allCases.enumerated().map { index, category in
        ProgrammePlan(
            authority: "879", id: "H-\(index + 10)", programme: "STEPS", child: "C1\(index)",
            identified: day("2024-05-01"), destination: .home(category), targetWeekly: .zero,
            firstTargetDate: day("2025-01-01"))
    }

    /// A plan of another authority.
    static let elsewhere = ProgrammePlan(
        authority: "802", id: "P-001", programme: "COMING-HOME", child: "C0001", identified: day("2024-01-08"),
        destination: .home(.residentialInHouse), targetWeekly: Money(pence: 450_000),
        firstTargetDate: day("2024-09-01"), owner: "Coming Home team",
        statuses: [PlanStatusChange(day: day("2024-02-01"), status: .achieved)])

    /// Authority 879's register as read back: programmes and plans each sorted by reference.
    static let programmes = [rcrc, steps]
    static let plans = everyHome + [full, leavesCare]
}
