import CareModel
import Forecasting
import Foundation
import Storage

/// The scenarios the demo authority starts with, dated from the day its returns run to: the levers the
/// council papers weigh (000 §3.12 and §3.27–3.30, 004 §3.9), so the Scenarios page has something to compare.
public enum ExampleScenarios {
    public static func scenarios(from day: Day) -> [Scenario] {
        let start = day.adding(months: 1).startOfMonth
        return [
            Scenario(
                name: "Recruit 12 foster households",
                levers: [
                    .recruit(
                        RecruitLever(
                            households: 12, by: start.adding(months: 12), placesEach: 2, instead: .agencyFostering,
                            costPerHousehold: Money(pounds: 6_000)))
                ]),
            Scenario(
                name: "Open a 3-bed home",
                levers: [
                    .openHome(
                        HomeLever(
                            beds: 3, opens: start.adding(months: 6), weeklyRunningCost: Money(pounds: 11_500),
                            capitalCost: Money(pounds: 450_000), rampMonths: 3, registrationDelayDays: 90,
                            children: .highestCost(count: 3, category: .residentialExternal, youngest: 8, oldest: 15)))
                ]),
            Scenario(
                name: "Step down 1 a month, fewer entries",
                levers: [
                    .stepDown(StepDownLever(perMonth: 1, from: start, to: .fosteringInHouse)),
                    .entries(EntriesLever(percent: -5, from: start.adding(months: 3))),
                ]),
        ]
    }

    /// Saves the examples for the authority (replacing any of the same names).
    public static func save(authority: AuthorityCode, to store: HearthStore, by actor: ImportActor, today: Day)
        async throws
    {
        let day = try await SupplyDay.of(authority, in: store, today: today)
        for scenario in scenarios(from: day) {
            _ = try await ScenarioLibrary.save(scenario, authority: authority, to: store, by: actor)
        }
    }
}
