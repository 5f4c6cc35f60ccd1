/// A placement costs file that could not be imported, with every problem found in it (not just the
/// first), in row order, so finance can fix the file in one go. Nothing is imported from such a file.
public struct CostReadFailure: Error, Sendable, CustomStringConvertible {
    public var problems: [FileProblem]

    public init(problems: [FileProblem]) {
        self.problems = problems
    }

    /// One problem per line.
    public var description: String {
        problems.map(\.description).joined(separator: "\n")
    }
}
