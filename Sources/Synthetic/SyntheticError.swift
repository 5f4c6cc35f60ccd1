/// What can go wrong when generating or writing a synthetic region.
public enum SyntheticError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The number of authorities asked for is outside 1...150.
    case authoritiesOutOfRange(Int)
    /// The number of return years asked for is outside 1...20.
    case yearsOutOfRange(Int)
    /// The last return year is outside the years the generator knows how to code (2000...2100).
    case lastReturnYearOutOfRange(Int)
    /// A folder or file could not be written.
    case cannotWrite(path: String, reason: String)
    /// The number of faults to inject is outside 0...10,000.
    case injectedErrorsOutOfRange(Int)
    /// More faults were asked for than the returns have rows to hold: `room` is the most that fit.
    case tooManyInjectedErrors(asked: Int, room: Int)

    public var description: String {
        switch self {
        case .authoritiesOutOfRange(let n):
            "--authorities must be between 1 and 150 (was \(n))"
        case .yearsOutOfRange(let n):
            "--years must be between 1 and 20 (was \(n))"
        case .lastReturnYearOutOfRange(let n):
            "the last return year must be between 2000 and 2100 (was \(n))"
        case .cannotWrite(let path, let reason):
            "\(path): cannot write: \(reason)"
        case .injectedErrorsOutOfRange(let n):
            "--inject-errors must be between 0 and 10,000 (was \(n))"
        case .tooManyInjectedErrors(let asked, let room):
            "--inject-errors \(asked) is more than these returns can hold: each fault needs a row of its own, "
                + "and at most \(room) fit (add --years or --authorities for more rows)"
        }
    }
}
