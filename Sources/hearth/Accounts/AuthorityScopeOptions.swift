import ArgumentParser
import Storage

/// `--authority CODE …` or `--all-authorities`: which authorities' children an account may see.
struct AuthorityScopeOptions: ParsableArguments {
    @Option(
        name: .customLong("authority"),
        help: ArgumentHelp("An authority (LA code) the account may see; repeat for more.", valueName: "code"))
    var authorities: [String] = []

    @Flag(help: "The account may see every authority (a regional hub's roles).")
    var allAuthorities = false

    func validate() throws {
        if allAuthorities && !authorities.isEmpty {
            throw ValidationError("Give --authority or --all-authorities, not both.")
        }
        if let bad = authorities.first(where: { $0.isEmpty || $0.count > 16 }) {
            throw ValidationError("'\(bad)' is not an authority code.")
        }
    }

    /// The scope given, or `nil` when neither option was.
    var scope: AuthorityScope? {
        if allAuthorities { return .all }
        return authorities.isEmpty ? nil : .only(Set(authorities))
    }
}
