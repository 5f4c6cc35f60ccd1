/// A budget file that could not be imported, with every problem found in it, in row order.
/// Nothing is imported from such a file.
public struct BudgetReadFailure: Error, Sendable, CustomStringConvertible {
    public var problems: [FileProblem]

    public init(problems: [FileProblem]) {
        self.problems = problems
    }

    /// One problem per line.
    public var description: String {
        problems.map(\.description).joined(separator: "\n")
    }
}
