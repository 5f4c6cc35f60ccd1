import CareModel

/// Why no authority could be chosen when none was named, in words a person can act on.
public enum AuthorityChoiceError: Error, CustomStringConvertible, Sendable, Equatable {
    case noData(database: String)
    case severalAuthorities(database: String, authorities: [AuthorityCode])

    public var description: String {
        switch self {
        case .noData(let database):
            "There are no SSDA903 returns in \(database) yet: import them first (hearth import ssda903, or the Data page)."
        case .severalAuthorities(let database, let authorities):
            "\(database) holds \(authorities.count) authorities (\(authorities.joined(separator: ", "))): choose one (--la CODE on the command line, la=CODE in a web address)."
        }
    }
}
