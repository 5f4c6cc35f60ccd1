import ArgumentParser
import CouncilTasks
import Foundation
import Storage

/// `hearth import history`: every import as a version, newest first, with the number `undo` takes.
struct ImportHistoryCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: "List the imports (returns, costs registers, budgets), newest first, with the number undo takes.")

    @Option(help: "How many imports to list.")
    var last = 50

    @OptionGroup var database: DatabaseOptions

    func run() async throws {
        let versions = try await HearthStore.using(database) { store in try await store.imports.versions(limit: last) }
        guard !versions.isEmpty else { return Terminal.say("No imports yet.") }
        for version in versions {
            let undone = version.undoneAt.map { " — undone \($0.ISO8601Format())" } ?? ""
            Terminal.say(
                "\(version.id)  \(version.importedAt.ISO8601Format())  \(version.kind.label), "
                    + "\(version.authorities.joined(separator: ", ")): \(version.summary)\(undone)")
        }
    }
}

/// `hearth import undo ID`: puts the data back as it was before that import.
struct ImportUndoCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "undo",
        abstract: "Undo an import: put the data back as it was before it (refused when a later import or a "
            + "closed month built on it).")

    @Argument(help: "The import's number, from hearth import history.")
    var id: Int64

    @OptionGroup var database: DatabaseOptions

    func run() async throws {
        do {
            let version = try await HearthStore.using(database) { store in
                try await ImportUndo(id: id).run(
                    store: store, by: ImportActor(username: commandLineActor(), time: Date()))
            }
            Terminal.say("Import \(id) undone: \(version.summary) — the data is as it was before it.")
        } catch let error as ImportUndoError {
            Terminal.error(error.description)
            throw ExitCode.failure
        }
    }
}
