import CareModel
import Testing

@testable import Interchange
@testable import Synthetic

@Suite("Budget reader")
struct CostBudgetReaderTests {
    static func read(_ text: String) throws(BudgetReadFailure) -> BudgetPlan {
        try BudgetReader().read(bytes: Array(text.utf8), file: "budget.csv", defaultAuthority: "879")
    }

    static func problems(_ text: String) -> [String] {
        do {
            _ = try read(text)
            return []
        } catch {
            return error.problems.map(\.description)
        }
    }

    @Test("the generator's budget.csv reads with the standard lines, in order")
    func generated() throws {
        let authority = SyntheticFixture.authority
        let plan = try BudgetReader().read(
            bytes: Array(authority.budgetCSV().text.utf8), file: "budget.csv",
            defaultAuthority: authority.code)
        #expect(plan.lines == .standard)
        #expect(plan.budgets == authority.budget)
    }

    @Test("rule columns define lines; blank rules on a standard name take the standard rule")
    func rules() throws {
        let plan = try Self.read(
            """
            la,year,line,budgeted_children,budget,categories,registrations
            802,2024-25,Residential,50,"£15,248,000.00",residential-external; residential-in-house,ofsted;cqc
            802,2024,Unregistered,6,3387000,,
            802,2025-26,Residential,55,16000000,residential-external;residential-in-house,Ofsted;CQC
            ,2024,Everything else,432,18090000.5,any,
            """)
        #expect(
            plan.lines
                == BudgetLineSet(lines: [
                    BudgetLine(
                        name: "Residential", categories: [.residentialExternal, .residentialInHouse],
                        registrations: [.ofsted, .cqc]),
                    BudgetLineSet.standard.lines[1],
                    BudgetLine(name: "Everything else"),
                ]))
        #expect(
            plan.budgets == [
                LineBudget(
                    authority: "802", year: FinancialYear(2024), line: "Residential", budgetedChildren: 50,
                    budget: Money(pounds: 15_248_000)),
                LineBudget(
                    authority: "802", year: FinancialYear(2024), line: "Unregistered", budgetedChildren: 6,
                    budget: Money(pounds: 3_387_000)),
                LineBudget(
                    authority: "802", year: FinancialYear(2025), line: "Residential", budgetedChildren: 55,
                    budget: Money(pounds: 16_000_000)),
                LineBudget(
                    authority: "879", year: FinancialYear(2024), line: "Everything else", budgetedChildren: 432,
                    budget: Money(pence: 1_809_000_050)),
            ])
    }

    @Test("every problem is listed with row and column")
    func broken() {
        #expect(
            Self.problems(
                """
                year,line,budgeted_children,budget,categories,registrations
                2024-26,Respite,-1,lots,,
                2024-25,Residential,5,100,castles,ofsted
                2024,External Residential,5,100,,
                2024,External Residential,6,100,,
                2025,External Residential,6,100,supported,
                ,,,,x,
                """) == [
                    "budget.csv:2: year: '2024-26' is not a financial year (2024-25 or 2024)",
                    "budget.csv:2: budgeted_children: '-1' is not a number of children",
                    "budget.csv:2: budget: 'lots' is not an amount in pounds (expected e.g. 1234.56 or £1,234.56)",
                    "budget.csv:2: line: 'Respite' is not a standard budget line, so it needs its categories or registrations "
                        + "(write 'any' in categories for a line that takes every other placement)",
                    "budget.csv:3: categories: 'castles' is not one of \(PlacementCategory.allCases.map(\.rawValue).joined(separator: ", "))",
                    "budget.csv:5: line: 'External Residential' already has a 2024-25 budget for 879 (row 4)",
                    "budget.csv:6: line: 'External Residential' is given different categories or registrations from row 4",
                    "budget.csv:7: year: is blank; every row needs it",
                    "budget.csv:7: line: is blank; every row needs it",
                    "budget.csv:7: budgeted_children: is blank; every row needs it",
                    "budget.csv:7: budget: is blank; every row needs it",
                ])
        #expect(
            Self.problems("year,line\n2024,Unregistered\n") == [
                "budget.csv:1: budgeted_children: column is missing; a budget file needs year,line,budgeted_children,budget",
                "budget.csv:1: budget: column is missing; a budget file needs year,line,budgeted_children,budget",
            ])
    }
}
