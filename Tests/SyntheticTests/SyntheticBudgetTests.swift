import CareModel
import Testing

@testable import Interchange
@testable import Synthetic

@Suite("Synthetic budget: set on September numbers, short on residential")
struct SyntheticBudgetTests {
    typealias F = SyntheticFixture

    @Test func oneRowPerStandardLineForTheLatestYear() {
        let budget = F.authority.budget
        #expect(budget.map(\.line) == BudgetLineSet.standard.lines.map(\.name))
        #expect(budget.allSatisfy { $0.year == FinancialYear(2024) && $0.authority == F.authority.code })
        // Estimated numbers are the children on each line on 30 September 2023: they add up to the
        // children with a priced placement that day.
        let census = Day(iso: "2023-09-30")!
        #expect(
            budget.reduce(0) { $0 + $1.budgetedChildren }
                == SyntheticBudget.pricesInForce(F.authority.costs, on: census).count)
    }

    /// Each line's budget against a full year at the September price: residential and unregistered are
    /// given less (83% and 57%), the rest the 4% uplift or a little more; all rounded to £1,000.
    @Test func residentialAndUnregisteredAreUnderProvided() {
        let census = Day(iso: "2023-09-30")!
        let rows = SyntheticBudget.pricesInForce(F.authority.costs, on: census)
        for line in F.authority.budget where line.budgetedChildren > 0 {
            let weekly = rows.filter { $0.budgetLine == line.line }.reduce(Money.zero) { $0 + $1.weeklyCost }
            let fullYear = Double(weekly.pence) * 366 / 7  // 2024-25 has 365 days; 366 gives a margin
            let ratio = Double(line.budget.pence) / fullYear
            switch line.line {
            case "External Residential": #expect(ratio < 0.84)
            case "Unregistered": #expect(ratio < 0.58)
            default: #expect(ratio > 1.0)
            }
            #expect(line.budget.pence % 100_000 == 0)
        }
        let total = F.authority.budget.reduce(Money.zero) { $0 + $1.budget }
        #expect(total > Money(pounds: 25_000_000) && total < Money(pounds: 55_000_000))
    }

    @Test func budgetFileLayout() {
        let lines = F.authority.budgetCSV().text.split(separator: "\r\n").map(String.init)
        #expect(lines.first == "year,line,budgeted_children,budget")
        #expect(lines.count == 8)
        #expect(lines[1].hasPrefix("2024-25,External Residential,"))
    }
}

@Suite("Synthetic budget line names")
struct SyntheticBudgetLineNameTests {
    @Test func namedConstantsAreTheStandardLines() {
        let named = [
            BudgetLineName.externalResidential, BudgetLineName.unregistered, BudgetLineName.externalFostering,
            BudgetLineName.inHouseFoster, BudgetLineName.connectedCarers, BudgetLineName.supportedLiving,
            BudgetLineName.other,
        ]
        #expect(named == BudgetLineName.all)
    }

    /// Unregistered placements are recorded as such in the costs file, so the monitor can list them.
    @Test func costsFileRecordsRegistration() {
        let lines = SyntheticFixture.authority.costsCSV().text.split(separator: "\r\n").map(String.init)
        #expect(lines[0].hasSuffix(",urn,provider_name,registration,carer"))
        let unregistered = lines.filter { $0.contains(",Unregistered,") }
        // Unregistered placements have no council carer, so the carer column after registration is blank.
        #expect(!unregistered.isEmpty && unregistered.allSatisfy { $0.hasSuffix(",unregistered,") })
    }
}
