import CareModel
import Testing

@testable import Interchange
@testable import Synthetic

@Suite("Synthetic programmes: STEPs, Right Child Right Care, reunification and their plans")
struct SyntheticProgrammeTests {
    typealias F = SyntheticFixture

    static var plans: [ProgrammePlan] { F.authority.plans }
    static var dataEnd: Day { F.authority.dataEnd }
    static let births: [String: Day] = Dictionary(
        F.authority.histories.map { ($0.child.id, $0.child.dateOfBirth) }, uniquingKeysWith: { a, _ in a })

    /// A row of the child's placement open on `day`, as the returns count it (first day up to, not
    /// including, the end day).
    static func placement(_ child: String, openOn day: Day) -> PlacementCostRow? {
        F.costsByChild[child]?.first { $0.placementStart <= day && ($0.placementEnd.map { day < $0 } ?? true) }
    }

    static func category(_ row: PlacementCostRow) -> PlacementCategory {
        PlacementCategory(
            place: row.place, provider: row.providerType, year: FinancialYear(containing: row.effectiveFrom))
    }

    static func age(_ plan: ProgrammePlan) -> Int { births[plan.child].map { $0.age(on: plan.identified) } ?? -1 }

    @Test("every plan is for a child of the costs register, in a placement of the programme's kind that day")
    func plansAreForRealPlacements() throws {
        #expect((20...60).contains(Self.plans.count), "\(Self.plans.count) plans")
        #expect(Set(Self.plans.map(\.child)).count == Self.plans.count)
        #expect(Set(Self.plans.map(\.id)).count == Self.plans.count)
        for plan in Self.plans {
            #expect(Self.placement(plan.child, openOn: plan.identified) != nil, "\(plan.id)")
            let row = try #require(F.costInForce(plan.child, on: plan.identified), "\(plan.id)")
            let category = Self.category(row), age = Self.age(plan)
            switch plan.programme {
            case "STEPS": #expect(category == .residentialExternal && age < 17, "\(plan.id)")
            case "FWD": #expect(category == .residentialExternal && (16...17).contains(age), "\(plan.id)")
            case "RCRC": #expect(category.group == .fostering, "\(plan.id)")
            default:
                #expect(plan.programme == "HOME", "\(plan.id)")
                #expect([.fostering, .residential, .supported].contains(category.group), "\(plan.id)")
            }
            #expect(plan.authority == F.authority.code)
            #expect(plan.identified >= Self.dataEnd.adding(months: -16) && plan.identified < Self.dataEnd)
        }
    }

    @Test("a plan is achieved only on the day the costs register shows the child's move, or leaving care")
    func achievedPlansReallyMoved() {
        let achieved = Self.plans.filter { $0.currentStatus == .achieved }
        #expect(!achieved.isEmpty)
        for plan in Self.plans {
            let achievements = plan.statuses.filter { $0.status == .achieved }
            #expect(achievements.count <= 1 && (achievements.isEmpty || plan.currentStatus == .achieved))
        }
        for plan in achieved {
            let day = plan.statuses[plan.statuses.count - 1].day
            let rows = F.costsByChild[plan.child] ?? []
            #expect(day >= plan.identified, "\(plan.id)")
            switch plan.destination {
            case .home:
                let moved = rows.contains { row in
                    row.placementStart == day && row.effectiveFrom == day
                        && plan.destination.isMet(by: Self.category(row))
                }
                #expect(moved, "\(plan.id) \(plan.child) \(day.iso)")
            case .leavesCare:
                let left = rows.contains { $0.placementEnd == day } && !rows.contains { $0.placementStart == day }
                #expect(left, "\(plan.id) \(plan.child) \(day.iso)")
            }
        }
    }

    @Test("statuses are in day order from the day identified to the data end, with reasons when stopped")
    func statusesInOrder() {
        for plan in Self.plans {
            let days = plan.statuses.map(\.day)
            #expect(zip(days, days.dropFirst()).allSatisfy { $0 < $1 }, "\(plan.id)")
            #expect(days.allSatisfy { $0 >= plan.identified && $0 <= Self.dataEnd }, "\(plan.id)")
            #expect(plan.statuses.allSatisfy { ($0.reason != nil) == $0.status.needsReason }, "\(plan.id)")
            #expect(plan.statuses.dropLast().allSatisfy { !$0.status.needsReason }, "\(plan.id)")
        }
    }

    @Test("target dates are two to nine months after identification, put back by at most four months")
    func targetDates() {
        for plan in Self.plans {
            #expect(plan.firstTargetDate <= plan.targetDate, "\(plan.id)")
            #expect(plan.firstTargetDate >= plan.identified.adding(months: 2), "\(plan.id)")
            #expect(plan.firstTargetDate <= plan.identified.adding(months: 9), "\(plan.id)")
            #expect(plan.targetDate <= plan.firstTargetDate.adding(months: 4), "\(plan.id)")
        }
        #expect(Self.plans.contains { $0.targetDate > $0.firstTargetDate })
        #expect(Self.plans.contains { $0.targetDate == $0.firstTargetDate })
    }

    @Test("a register like a council's: every cohort, realistic prices and one-off costs, a team for each plan")
    func realisticMix() {
        let cohorts = Set(Self.plans.map(\.currentStatus.cohort))
        #expect(cohorts == Set(PlanCohort.allCases), "\(cohorts)")
        #expect(Self.plans.contains { $0.currentStatus == .onHold })
        let teams: Set<String> = ["Placements team", "Fostering team", "Edge of care team", "Leaving care team"]
        for plan in Self.plans {
            #expect(plan.owner.map { teams.contains($0) } == true, "\(plan.id)")
            #expect(plan.oneOffCost == .zero || (200_000...1_500_000).contains(plan.oneOffCost.pence), "\(plan.id)")
            #expect(Self.weeklyRange(plan)?.contains(plan.targetWeekly.pence / 100) == true, "\(plan.id)")
        }
        #expect(Self.plans.contains { $0.oneOffCost > .zero })
        #expect(Self.plans.contains { $0.oneOffCost == .zero })
    }

    /// What the destination costs a week, in pounds; `nil` for a destination no programme has.
    static func weeklyRange(_ plan: ProgrammePlan) -> ClosedRange<Int64>? {
        switch plan.destination {
        case .home(.fosteringInHouse): 450...650
        case .home(.fosteringAgency): 900...1_100
        case .home(.fosteringRelativeFriend): 250...400
        case .home(.supported): 1_200...2_000
        case .home(.placedWithParents): 50...150
        case .leavesCare where plan.programme == "RCRC": 150...250
        case .leavesCare: 0...0
        default: nil
        }
    }

    @Test("three or four programmes, each with plans and savings targets of 70–90% of their full-year saving")
    func programmesAndTargets() {
        let programmes = F.authority.programmes
        let ids = programmes.map(\.id)
        #expect(ids.starts(with: ["STEPS", "RCRC", "HOME"]) && (ids.count == 3 || ids.last == "FWD"), "\(ids)")
        let current = FinancialYear(containing: Self.dataEnd)
        for programme in programmes {
            let plans = Self.plans.filter { $0.programme == programme.id }
            #expect(!plans.isEmpty, "\(programme.id)")
            let saving = plans.reduce(Int64(0)) { total, plan in
                let weekly = (F.costInForce(plan.child, on: plan.identified)?.weeklyCost ?? .zero) - plan.targetWeekly
                return total + max(0, weekly.pence) * 52
            }
            #expect(programme.savingsTargets.map(\.year) == [current, FinancialYear(current.startYear + 1)])
            for target in programme.savingsTargets {
                let pounds = Double(target.amount.pence) / 100, full = Double(saving) / 100
                #expect(target.amount.pence % 100_000 == 0, "\(programme.id)")
                #expect(pounds >= full * 0.7 - 500 && pounds <= full * 0.9 + 500, "\(programme.id): \(pounds), \(full)")
            }
        }
    }

    @Test("the same seed gives the same programmes and plans")
    func determinism() {
        let again = SyntheticRegion.generate(F.settings).authorities[0]
        #expect(again.programmes == F.authority.programmes)
        #expect(again.plans == F.authority.plans)
    }

    @Test("the files read back through the programme register reader as the same programmes and plans")
    func readsBack() throws {
        let authority = F.authority
        let text = (
            programmes: ProgrammeCSVWriter.programmes(authority.programmes),
            plans: ProgrammeCSVWriter.plans(authority.plans),
            statuses: ProgrammeCSVWriter.planStatuses(authority.plans)
        )
        let register = try ProgrammeRegisterReader(defaultAuthority: authority.code).read(
            programmes: (name: "programmes.csv", bytes: Array(text.programmes.utf8)),
            plans: (name: "plans.csv", bytes: Array(text.plans.utf8)),
            statuses: (name: "plan-statuses.csv", bytes: Array(text.statuses.utf8)))
        #expect(register.programmes == authority.programmes.sorted { $0.id < $1.id })
        #expect(register.plans == authority.plans.sorted { $0.id < $1.id })
    }

    @Test("the register is written in each authority's programmes folder")
    func files() throws {
        let files = F.region.files()
        let authority = F.authority
        let expected = [
            ("programmes/programmes.csv", ProgrammeCSVWriter.programmes(authority.programmes)),
            ("programmes/plans.csv", ProgrammeCSVWriter.plans(authority.plans)),
            ("programmes/plan-statuses.csv", ProgrammeCSVWriter.planStatuses(authority.plans)),
        ]
        for (name, text) in expected {
            let file = try #require(files.first { $0.path == "\(authority.code)/\(name)" }, "\(name)")
            #expect(file.text == text && !text.isEmpty, "\(name)")
        }
    }
}
