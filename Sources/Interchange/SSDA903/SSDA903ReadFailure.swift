/// SSDA903 files that could not be imported, with every problem found in them (not just the
/// first), in the order of the files and then of the rows, so a council can fix them in one go.
public struct SSDA903ReadFailure: Error, Sendable, CustomStringConvertible {
    public var problems: [FileProblem]

    public init(problems: [FileProblem]) {
        self.problems = problems
    }

    /// One problem per line.
    public var description: String {
        problems.map(\.description).joined(separator: "\n")
    }
}
