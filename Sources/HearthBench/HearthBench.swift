import ArgumentParser

/// `hearth-bench`: Hearth's speed on synthetic data, for BENCHMARKS.md. A tool of its own, not carried by
/// the `hearth` binary councils run. Build with `-c release` first.
@main
struct HearthBench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "hearth-bench",
        abstract: "Measure Hearth's speed on synthetic data (for BENCHMARKS.md). Build with -c release first.",
        subcommands: [
            BenchImportCommand.self, BenchBudgetCommand.self, BenchWebCommand.self, BenchProjectCommand.self,
            BenchUploadCommand.self, BenchScenarioCommand.self,
        ]
    )
}
