/// What is wrong with an account change, in words an administrator can act on.
public enum AccountError: Error, CustomStringConvertible, Sendable, Equatable {
    case accountExists(String)
    case noSuchAccount(String)
    case noSuchToken(Int64)

    public var description: String {
        switch self {
        case .accountExists(let name): "There is already an account named \(name)."
        case .noSuchAccount(let name): "There is no account named \(name)."
        case .noSuchToken(let id): "There is no API token number \(id) (hearth token list shows them)."
        }
    }
}
