import CareModel
import CouncilTasks
import Forecasting
import Testing

/// Levers as people type them on the command line and the Scenarios form.
@Suite("Scenario levers as entered")
struct LeverSpecTests {
    static func day(_ iso: String) -> Day { Day(iso: iso)! }

    @Test("each kind reads to its lever, with defaults for what is left out")
    func reads() throws {
        let cases: [(LeverKind, String, Lever)] = [
            (
                .recruit, "households=12,by=2026-03-31,places=2,cost=6000",
                .recruit(
                    RecruitLever(
                        households: 12, by: Self.day("2026-03-31"), placesEach: 2,
                        costPerHousehold: Money(pounds: 6_000)))
            ),
            (
                .openHome, "beds=3, opens=2025-09-01, weekly=9000, children=C1;C2 C3",
                .openHome(
                    HomeLever(
                        beds: 3, opens: Self.day("2025-09-01"), weeklyRunningCost: Money(pounds: 9_000),
                        children: .named(["C1", "C2", "C3"])))
            ),
            (
                .stepDown, "per-month=2,from=2025-05-01,to=supported,highest=4,ages=15-17",
                .stepDown(
                    StepDownLever(
                        perMonth: 2, from: Self.day("2025-05-01"), to: .supported,
                        children: .highestCost(count: 4, category: .residentialExternal, youngest: 15, oldest: 17)))
            ),
            (.entries, "percent=-5,from=2025-07-01", .entries(EntriesLever(percent: -5, from: Self.day("2025-07-01")))),
            (
                .priceUplift, "kind=Residential,percent=4.5,from=2026-04-01",
                .priceUplift(PriceUpliftLever(kind: .residential, percent: 4.5, from: Self.day("2026-04-01")))
            ),
            (
                .rate, "from-state=residential:10-16,to-state=fostering:10-16,multiply=1.2",
                .rates([
                    RateAdjustment(
                        .transition(
                            from: DemandState(.tenToSixteen, .residential), to: DemandState(.tenToSixteen, .fostering)),
                        .multiply(1.2))
                ])
            ),
        ]
        for (kind, text, expected) in cases {
            #expect(try LeverSpec(kind: kind, text: text).lever() == expected, "\(text)")
        }
    }

    @Test(
        "a wrong field is named with its rule",
        arguments: [
            (LeverKind.openHome, "beds=abc,opens=2025-09-01,weekly=9000", LeverField.beds),
            (.openHome, "beds=3,weekly=9000", .opens),
            (.block, "beds=2,from=2025-13-01,weekly=5000", .from),
            (.block, "beds=2,from=2025-09-01,weekly=-5", .weekly),
            (.recruit, "households=3,by=2026-01-01,instead=secure", .instead),
            (.stepDown, "per-month=1,from=2025-05-01,to=secure", .to),
            (.stepDown, "per-month=1,from=2025-05-01,highest=3,ages=16-8", .ages),
            (.priceUplift, "kind=castles,percent=3,from=2025-05-01", .kind),
            (.rate, "from-state=residential,to-state=fostering:10-16,multiply=2", .fromState),
        ])
    func problems(kind: LeverKind, text: String, field: LeverField) throws {
        #expect(throws: LeverSpecError.self) { try LeverSpec(kind: kind, text: text).lever() }
        do {
            _ = try LeverSpec(kind: kind, text: text).lever()
        } catch {
            #expect(error.field == field)
            #expect(error.description.hasPrefix("\(kind.rawValue): \(field.rawValue): "))
        }
    }

    @Test("an unknown field is refused, listing the lever's fields")
    func unknownField() {
        #expect(throws: LeverSpecError.self) { try LeverSpec(kind: .block, text: "beds=2,colour=blue") }
    }
}
