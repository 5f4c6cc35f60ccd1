import ArgumentParser
import CareModel
import CouncilTasks
import Foundation
import Interchange
import Storage

/// `hearth import households`: the authority's foster households (and their status history), replaced.
struct ImportHouseholdsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "households",
        abstract: "Replace the authority's foster households (and their status history) with a file's.",
        discussion: """
            households.csv: household,kind,approved,places (required); youngest,oldest,terms,supervising_team,
            constellation,postcode,weekly_fee,weekly_allowance,la (optional). kind: mainstream, connected or
            specialist; terms: short-term;long-term;emergency;respite;parent-and-child;remand.
            --statuses household-statuses.csv: household,from,status (approved, on-hold, under-review, resigned);
            reason, places_on_hold (optional). docs/examples/ has both. Every problem is listed as
            file:row: field: rule and nothing is saved; otherwise the register is replaced as one import that
            `hearth import undo` can take back.
            """)

    @Argument(help: ArgumentHelp("households.csv", valueName: "file")) var file: String
    @Option(help: ArgumentHelp("household-statuses.csv", valueName: "file")) var statuses: String?
    @OptionGroup var target: SupplyImportTarget

    func run() async throws {
        let households: [Household]
        do {
            households = try HouseholdRegisterReader(defaultAuthority: target.readerAuthority)
                .read(householdsPath: file, statusesPath: statuses)
        } catch { throw FileProblems.report(error.problems, what: "imported") }
        try await target.save(.households(households), from: [file] + (statuses.map { [$0] } ?? []))
    }
}

/// `hearth import homes`: the authority's children's homes and block contracts, replaced.
struct ImportHomesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "homes",
        abstract: "Replace the authority's children's homes and block contracts with a file's.",
        discussion: """
            homes.csv: home,name,kind,beds (required); urn,registered,planned_opening,registration_stage,
            weekly_bed_price,contract_start,contract_end,postcode,la (optional). kind: council or block; a
            block needs weekly_bed_price and contract_start; a council home needs registered or planned_opening.
            """)

    @Argument(help: ArgumentHelp("homes.csv", valueName: "file")) var file: String
    @OptionGroup var target: SupplyImportTarget

    func run() async throws {
        let homes: [ChildrensHome]
        do { homes = try ChildrensHomeReader(defaultAuthority: target.readerAuthority).read(path: file) } catch {
            throw FileProblems.report(error.problems, what: "imported")
        }
        try await target.save(.homes(homes), from: [file])
    }
}

/// `hearth import recruitment`: the authority's fostering recruitment events, replaced.
struct ImportRecruitmentCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "recruitment",
        abstract: "Replace the authority's fostering recruitment events (enquiry to approval) with a file's.",
        discussion: """
            recruitment-events.csv: prospect,stage,date (required); channel,withdrawal_reason,la (optional).
            stage: enquiry, initial-visit, application, stage-1, stage-2, panel, approval or withdrawn.
            """)

    @Argument(help: ArgumentHelp("recruitment-events.csv", valueName: "file")) var file: String
    @OptionGroup var target: SupplyImportTarget

    func run() async throws {
        let events: [RecruitmentEvent]
        do { events = try RecruitmentEventReader(defaultAuthority: target.readerAuthority).read(path: file) } catch {
            throw FileProblems.report(error.problems, what: "imported")
        }
        try await target.save(.recruitment(events), from: [file])
    }
}

/// `--la` and `--db` for the supply imports, and the saving they share.
struct SupplyImportTarget: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "The authority, when the file has no la column. Default: the only one in the database.", valueName: "code"))
    var la: String?
    @Flag(help: "Print how many rows each authority has now and would have, and stop; nothing is saved.")
    var dryRun = false
    @OptionGroup var database: DatabaseOptions

    /// What the reader files rows without an `la` column under until the authority is settled.
    var readerAuthority: AuthorityCode { la ?? "LA" }

    func save(_ register: SupplyRegister, from files: [String]) async throws {
        let names = files.map { URL(fileURLWithPath: $0).lastPathComponent }.joined(separator: ", ")
        try await HearthStore.using(database) { store in
            let run = SupplyImport(register: register, fileName: names, authority: la)
            do {
                if dryRun {
                    for would in try await run.dryRun(in: store) {
                        print(
                            "Authority \(would.authority): \(would.before.grouped) \(register.name) now, \(would.after.grouped) after."
                        )
                    }
                    return print("Dry run: nothing was saved.")
                }
                for saved in try await run.save(to: store, by: ImportActor(username: commandLineActor(), time: Date()))
                {
                    print(
                        "Saved \(register.name) for authority \(saved.authority): \(saved.before.grouped) before, "
                            + "\(saved.after.grouped) now. `hearth import history` lists it; `hearth import undo` takes it back."
                    )
                }
            } catch let error as SupplyImportError {
                throw ValidationError(error.description + ". Nothing was saved.")
            }
        }
    }
}
