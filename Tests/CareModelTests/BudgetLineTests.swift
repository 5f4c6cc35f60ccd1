import Testing

@testable import CareModel

@Suite("Budget lines and the costs register")
struct BudgetLineTests {
    /// The seed's seven lines: (category, registration) → line, first matching rule in order.
    @Test(arguments: [
        (PlacementCategory.residentialExternal, RegistrationStatus?.some(.ofsted), "External Residential"),
        (.residentialExternal, nil, "External Residential"),  // not recorded → taken as registered
        (.residentialExternal, .cqc, "External Residential"),
        (.residentialExternal, .unregistered, "Unregistered"),
        (.other, .unregistered, "Unregistered"),
        (.supported, .unregistered, "Unregistered"),
        (.fosteringAgency, .ofsted, "External Fostering (IFA)"),
        (.fosteringInHouse, nil, "In-House Foster Care"),
        (.fosteringRelativeFriend, nil, "In-House Connected Carers"),
        (.supported, .ofsted, "External Supported Living"),
        (.residentialInHouse, .ofsted, "Other Placement Settings"),
        (.secure, .ofsted, "Other Placement Settings"),
        (.placedWithParents, nil, "Other Placement Settings"),
    ])
    func standardLines(category: PlacementCategory, registration: RegistrationStatus?, expected: String) {
        #expect(BudgetLineSet.standard.line(for: category, registration: registration)?.name == expected)
    }

    @Test func namedLineWinsOverRules() {
        var cost = PlacementCost(
            child: ChildKey(authority: "990", child: "1"), placementStart: Day(iso: "2024-05-01")!,
            place: .u4, providerType: .pr4, rates: [])
        #expect(BudgetLineSet.standard.line(for: cost)?.name == "External Fostering (IFA)")
        cost.budgetLine = "In-House Foster Care"
        #expect(BudgetLineSet.standard.line(for: cost)?.name == "In-House Foster Care")
        cost.budgetLine = "No such line"
        #expect(BudgetLineSet.standard.line(for: cost)?.name == "External Fostering (IFA)")
    }

    /// £5,000/wk from 1 May, uplift to £5,200 from 1 Aug, £1,000/wk health (s117) from 1 Jun to 30 Sep.
    @Test(arguments: [
        ("2024-04-30", Int64?.none, Int64(0)),
        ("2024-05-01", 500_000, 500_000),
        ("2024-06-01", 500_000, 400_000),  // 5,000 − 1,000
        ("2024-08-01", 520_000, 420_000),  // 5,200 − 1,000
        ("2024-09-30", 520_000, 420_000),  // contribution's last day
        ("2024-10-01", 520_000, 520_000),
    ])
    func weeklyPrices(day: String, gross: Int64?, net: Int64) {
        let cost = PlacementCost(
            child: ChildKey(authority: "990", child: "1"), placementStart: Day(iso: "2024-05-01")!,
            rates: [
                WeeklyRate(effectiveFrom: Day(iso: "2024-08-01")!, weekly: Money(pounds: 5_200), change: .uplift),
                WeeklyRate(effectiveFrom: Day(iso: "2024-05-01")!, weekly: Money(pounds: 5_000)),
            ],
            contributions: [
                Contribution(
                    source: .health, detail: "s117", weekly: Money(pounds: 1_000),
                    from: Day(iso: "2024-06-01")!, through: Day(iso: "2024-09-30")!)
            ])
        #expect(cost.grossWeekly(on: Day(iso: day)!)?.pence == gross)
        #expect(cost.netWeekly(on: Day(iso: day)!).pence == net)
    }

    @Test(arguments: [
        ("Spot", ProcurementRoute.spot), ("Block contract", .block), ("in-house", .inHouse),
        ("Framework (DPS)", .framework), ("IN HOUSE", .inHouse),
    ])
    func procurementRoutes(text: String, expected: ProcurementRoute) {
        #expect(ProcurementRoute(text: text) == expected)
    }
}
