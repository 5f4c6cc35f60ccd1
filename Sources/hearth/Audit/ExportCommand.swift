import ArgumentParser
import CareModel
import Foundation
import Interchange
import Storage

/// `hearth export …`: data for people outside Hearth.
struct ExportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export data for analysts or a regional hub.",
        subcommands: [ExportPseudonymisedCommand.self]
    )
}

struct ExportPseudonymisedCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pseudonymised",
        abstract: "Write child-level SSDA903 episodes with the children made hard to identify, as CSV.",
        discussion: """
            Each child ID becomes a salted SHA-256 hash (64 hex digits) of the salt and LA/CHILD, the date of birth \
            becomes the first of its month, home and placement postcodes become their sector ("PL6 5AB" → "PL6 5"), \
            and the UPN and the mother's child's date of birth are left out. A value of \
            \(PseudonymisedEpisodes.quasiIdentifiers.joined(separator: ", ")) that fewer than \(SmallNumbers.threshold) \
            children in the file share is left empty, so no rare value points at a child (a rare month of birth \
            first becomes its year, YYYY). Columns:
              \(PseudonymisedEpisodes.columns.joined(separator: ","))

            The salt file must hold at least 16 bytes (make one with: openssl rand -hex 32 > salt.txt); trailing \
            line endings are ignored. Keep it secret: with it, anyone could re-identify children. The same salt \
            always gives the same pseudonyms, so extracts over time, or from councils sharing a salt, link up. \
            The data is still personal data (ICO): share it under your data-sharing agreement. Every export is \
            written to the audit log.
            """
    )

    @Option(help: ArgumentHelp("The file holding the secret salt.", valueName: "path"))
    var saltFile: String

    @Option(help: "Only this authority (default: every authority in the database).")
    var la: String?

    @Option(help: ArgumentHelp("The CSV file to write.", valueName: "file"))
    var out: String

    @OptionGroup var database: DatabaseOptions

    func run() async throws {
        let salt = try PseudonymSalt.read(file: saltFile)
        try await HearthStore.using(database) { store in
            let histories = try await store.careRecords.histories(authorities: la.map { [$0] })
            guard !histories.isEmpty else {
                throw ValidationError(
                    "There are no SSDA903 returns\(la.map { " for authority \($0)" } ?? "") in \(database.db) to export."
                )
            }
            let csv = PseudonymisedEpisodes.csv(histories, salt: salt)
            try Data(csv.bytes).write(to: URL(fileURLWithPath: out), options: .atomic)
            let summary = "\(csv.records - 1) episodes of \(histories.count) children"
            do {
                try await store.audit.append(
                    AuditEntry(
                        time: Date(), username: commandLineActor(), action: .export,
                        detail:
                            "pseudonymised episodes to \(out): \(la.map { "authority \($0)" } ?? "all authorities"), \(summary)"
                    ))
            } catch {
                try? FileManager.default.removeItem(atPath: out)  // no export without its audit entry
                throw error
            }
            Terminal.say("Wrote \(summary) to \(out).")
        }
    }
}
