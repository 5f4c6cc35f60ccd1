/// Why an import cannot be undone; nothing was changed.
public enum ImportUndoError: Error, Equatable, Sendable, CustomStringConvertible {
    case noSuchImport(Int64)
    case alreadyUndone(Int64)
    /// A later import changed the same children, register or budget: undo that one first.
    case laterImport(Int64, later: Int64)
    /// A month was closed after the import: its frozen forecast was built on it and stays as reported.
    case closedMonth(Int64, authority: String, period: String)
    /// The import was made before Hearth kept versions.
    case notKept(Int64)

    public var description: String {
        switch self {
        case .noSuchImport(let id): "There is no import \(id) (hearth import history lists them)."
        case .alreadyUndone(let id): "Import \(id) has already been undone."
        case .laterImport(let id, let later):
            "Import \(id) cannot be undone: import \(later) changed the same data after it. Undo import \(later) first."
        case .closedMonth(let id, let authority, let period):
            "Import \(id) cannot be undone: \(period) was closed for authority \(authority) after it, and the "
                + "forecast reported for a closed month stays as it was."
        case .notKept(let id): "Import \(id) was made before Hearth kept what imports replaced, so it cannot be undone."
        }
    }
}
