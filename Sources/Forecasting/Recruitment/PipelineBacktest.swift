import CareModel

/// One back-test of the approvals forecast: what the pipeline model and the naive forecast said on a
/// cut-off day about the next twelve months, and how many households were in fact approved.
public struct PipelineBacktest: Hashable, Sendable {
    public var cutoff: Day
    /// The first and last days of the twelve forecast months.
    public var first: Day
    public var last: Day
    /// The model's expected approvals over the twelve months.
    public var expected: Double
    /// The naive forecast's approvals (the twelve months to the cut-off).
    public var naive: Int
    /// Approvals recorded in the twelve months.
    public var actual: Int

    public init(cutoff: Day, first: Day, last: Day, expected: Double, naive: Int, actual: Int) {
        self.cutoff = cutoff
        self.first = first
        self.last = last
        self.expected = expected
        self.naive = naive
        self.actual = actual
    }

    /// |expected − actual|.
    public var modelError: Double { abs(expected - Double(actual)) }

    /// |naive − actual|.
    public var naiveError: Int { abs(naive - actual) }
}
