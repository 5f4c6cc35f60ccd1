import ArgumentParser

/// The `hearth` command: the register, monitor and projections of children's homes and their cost.
@main
struct Hearth: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "hearth",
        abstract: "Where the children in our care live, what it costs, and what it will cost.",
        discussion: """
            Hearth keeps a council's SSDA903 (children looked after) returns in one database and answers: how many
            children are in care, in which kinds of home, and how that is changing. Data lives in a SQLite file
            (./hearth.sqlite unless you say otherwise with --db) or in PostgreSQL (--db postgres://…).

            Try it on made-up data first:  hearth demo
            """,
        subcommands: [
            DemoCommand.self, ServeCommand.self, ImportCommand.self, SummaryCommand.self,
            BudgetCommand.self, ProjectCommand.self, SufficiencyCommand.self, FosteringCommand.self, HomesCommand.self,
            MarketCommand.self, ProgrammeCommand.self, ScenarioCommand.self,
            GenerateCommand.self,
            UserCommand.self, AuditCommand.self, TokenCommand.self, ExportCommand.self,
        ]
    )
}
