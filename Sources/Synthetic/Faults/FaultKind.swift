/// The kinds of fault `hearth generate --inject-errors` puts into the returns, as councils' real returns
/// have them. The raw value is what the truth file's `fault` column says.
public enum FaultKind: String, CaseIterable, Sendable, Hashable {
    /// An episode whose DEC is before its DECOM; mostly the shape real returns have, an RNE L (legal status
    /// change) row of a child who turned 18.
    case endsBeforeStart = "ends-before-start"
    /// A PLACE or LS code that is not in the DfE code list.
    case unknownCode = "unknown-code"
    /// An episode row written twice, the copy straight after the original.
    case duplicateRow = "duplicate-row"
    /// A header whose DOB is after the start of one of the child's episodes in the same return.
    case bornAfterEpisode = "born-after-episode"

    /// Whether Hearth's SSDA903 reader reports this fault as a problem at the fault's file, row and field.
    /// The reader checks each row on its own: a repeated row and a header that contradicts the episodes
    /// file pass it (the import keeps one copy of a repeated episode and counts it as a duplicate DECOM).
    public var isReportedByReader: Bool {
        switch self {
        case .endsBeforeStart, .unknownCode: true
        case .duplicateRow, .bornAfterEpisode: false
        }
    }
}
