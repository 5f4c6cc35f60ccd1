import CareModel
import Testing

@testable import Forecasting

/// A programme's cohort table, totals and months.
@Suite("Programmes: cohort tables and totals")
struct ProgrammeSavingsTests {
    static let rcrc = Programme(authority: "990", id: "RCRC", name: "Right Child Right Care", kind: .permanence)

    /// The seed's Right Child Right Care cohort (004 §3.3): 221 plans — 80 discharged, 55 on track, 19 yet
    /// to be confirmed, 67 no longer in scope.
    static func rcrcFacts() -> [PlanFacts] {
        let day = Day(iso: "2018-04-01")!
        let counts: [(PlanStatus, Int)] = [(.achieved, 80), (.searching, 55), (.identified, 19), (.outOfScope, 67)]
        var facts: [PlanFacts] = []
        for (status, count) in counts {
            for n in 0..<count {
                let changes =
                    status == .identified
                    ? [] : [PlanStatusChange(day: day, status: status, reason: status.needsReason ? "court" : nil)]
                let plan = ProgrammePlan(
                    authority: "990", id: "\(status.rawValue)-\(n)", programme: "RCRC", child: "C\(facts.count)",
                    identified: day, destination: .leavesCare, targetWeekly: .zero, firstTargetDate: day,
                    statuses: changes)
                facts.append(PlanFacts(plan: plan, dateOfBirth: nil, placements: []))
            }
        }
        return facts
    }

    @Test("the Right Child Right Care cohort: 221, 80 (36%), 55 (25%), 19 (9%), 67 (30%)")
    func rightChildRightCare() {
        let savings = ProgrammeSavings(programme: Self.rcrc, facts: Self.rcrcFacts(), asOf: Day(iso: "2018-08-31")!)
        let rows = savings.cohortRows.map { [$0.children, $0.sharePercent] }
        // 80 ÷ 221 = 36.2%; 55 ÷ 221 = 24.9%; 19 ÷ 221 = 8.6%; 67 ÷ 221 = 30.3%.
        #expect(rows == [[221, 100], [80, 36], [55, 25], [19, 9], [67, 30]])
        #expect(
            savings.cohortRows.map(\.label) == [
                "In cohort", "Achieved", "On track", "Yet to be confirmed", "No longer in scope",
            ])
    }

    @Test("totals: anticipated in-year counts achieved and on-track plans; months add the days of each month")
    func totals() {
        // PlanSavingTests.crossing is identified and so does not count; marked searching it does:
        // March 2026 holds all 31 of its days, £19,485.71.
        var facts = PlanSavingTests.crossing
        let programme = Programme(
            authority: "990", id: "STEPS", name: "STEPs", kind: .stepDown,
            savingsTargets: [SavingsTarget(year: FinancialYear(2025), amount: Money(pounds: 100_000))])
        let asOf = Day(iso: "2025-12-01")!
        #expect(ProgrammeSavings(programme: programme, facts: [facts], asOf: asOf).anticipatedInYear == .zero)
        facts.plan.statuses = [PlanStatusChange(day: Day(iso: "2025-10-01")!, status: .searching)]
        let savings = ProgrammeSavings(programme: programme, facts: [facts], asOf: asOf)
        #expect(savings.anticipatedInYear == Money(pence: 1_948_571))
        #expect(savings.target == Money(pounds: 100_000))
        #expect(savings.months.count == 12)
        #expect(savings.months.last?.anticipated == Money(pence: 1_948_571))
        #expect(savings.months.dropLast().allSatisfy { $0.anticipated == .zero })
        #expect(savings.statusRows.map(\.status) == [.searching])
    }

    @Test("months: realised lands in the months after the move, up to the report's day")
    func realisedMonths() {
        let savings = ProgrammeSavings(
            programme: Programme(authority: "990", id: "STEPS", name: "STEPs", kind: .stepDown),
            facts: [PlanSavingTests.late], asOf: Day(iso: "2025-10-31")!)
        // August 31 days, September 30, October 31 at £2,520 a week:
        // 252,000p × 31 ÷ 7 = 1,116,000p; × 30 ÷ 7 = 1,080,000p; × 31 ÷ 7 = 1,116,000p.
        let realised = savings.months.map(\.realised.pence)
        #expect(realised == [0, 0, 0, 0, 1_116_000, 1_080_000, 1_116_000, 0, 0, 0, 0, 0])
        #expect(savings.realisedInYear == Money(pounds: 33_120))
    }
}
