import CareModel
import Forecasting
import Foundation
import Interchange
import Storage

/// An authority's costs register and budget from a folder laid out as `hearth generate` writes it
/// (`FOLDER/LA/placement-costs.csv` and `FOLDER/LA/budget.csv`), through the same imports as
/// `hearth import costs|budget` and the Data page (so they are audited too); then November of the
/// budget's year is closed as finance would have, so December's monitor compares with it.
public struct AuthorityFolderImport: Sendable {
    /// What was loaded.
    public struct Loaded: Sendable {
        public var costEntries: Int
        public var year: FinancialYear?
    }

    public var authority: AuthorityCode
    public var folder: String

    public init(authority: AuthorityCode, folder: String) {
        self.authority = authority
        self.folder = folder
    }

    public func run(store: HearthStore, by actor: ImportActor) async throws -> Loaded {
        let costsRun = CostsImport(file: .path("\(folder)/\(authority)/placement-costs.csv"), authority: authority)
        let costs = try costsRun.read()
        _ = try await costsRun.save(costs, to: store, by: actor)
        let budgetRun = BudgetImport(file: .path("\(folder)/\(authority)/budget.csv"), authority: authority)
        let plan = try budgetRun.read()
        _ = try await budgetRun.save(plan, to: store, by: actor)
        try await importSupply(store: store, by: actor)
        try await importProgrammes(store: store, by: actor)
        guard let year = plan.budgets.first?.year else { return Loaded(costEntries: costs.count, year: nil) }
        let november = Period(year: year, number: 8)!
        if try await store.budget.closedForecast(authority: authority, period: november) == nil {
            let report = try await MonitorReport.load(store: store, la: authority, period: november)
            try await store.budget.closePeriod(
                authority: authority, period: november, forecastJSON: try report.frozenForecastJSON,
                closedAt: actor.time)
        }
        return Loaded(costEntries: costs.count, year: year)
    }

    /// The foster households, children's homes and recruitment events, where the folder has them (folders
    /// written before Hearth held supply do not).
    func importSupply(store: HearthStore, by actor: ImportActor) async throws {
        let base = "\(folder)/\(authority)/"
        let exists = { (name: String) in FileManager.default.fileExists(atPath: base + name) }
        var registers: [(SupplyRegister, String)] = []
        if exists("fostering/households.csv") {
            let statuses = exists("fostering/household-statuses.csv") ? base + "fostering/household-statuses.csv" : nil
            let households = try HouseholdRegisterReader(defaultAuthority: authority)
                .read(householdsPath: base + "fostering/households.csv", statusesPath: statuses)
            registers.append((.households(households), "households.csv"))
        }
        if exists("homes.csv") {
            registers.append(
                (
                    .homes(try ChildrensHomeReader(defaultAuthority: authority).read(path: base + "homes.csv")),
                    "homes.csv"
                ))
        }
        if exists("recruitment-events.csv") {
            let events = try RecruitmentEventReader(defaultAuthority: authority).read(
                path: base + "recruitment-events.csv")
            registers.append((.recruitment(events), "recruitment-events.csv"))
        }
        for (register, name) in registers {
            _ = try await SupplyImport(register: register, fileName: name, authority: authority).save(
                to: store, by: actor)
        }
    }

    /// The programmes and children's plans, where the folder has them (it does from December 2026).
    func importProgrammes(store: HearthStore, by actor: ImportActor) async throws {
        let base = "\(folder)/\(authority)/programmes/"
        guard FileManager.default.fileExists(atPath: base + "programmes.csv") else { return }
        let statuses =
            FileManager.default.fileExists(atPath: base + "plan-statuses.csv") ? base + "plan-statuses.csv" : nil
        let register = try ProgrammeRegisterReader(defaultAuthority: authority)
            .read(programmesPath: base + "programmes.csv", plansPath: base + "plans.csv", statusesPath: statuses)
        _ = try await ProgrammeImport(register: register, fileName: "programmes.csv", authority: authority)
            .save(to: store, by: actor)
    }
}
