import ArgumentParser

/// How a command prints its results: an aligned table for people, CSV or JSON for other tools.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case table, csv, json
}
