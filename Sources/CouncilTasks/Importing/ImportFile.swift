/// One file for an import: a path on this machine (the command line) or a file sent through the browser.
public enum ImportFile: Sendable, Equatable {
    case path(String)
    case sent(SentFile)

    /// How problems and the audit log name the file.
    public var name: String {
        switch self {
        case .path(let path): path
        case .sent(let file): file.name
        }
    }
}
