extension DemandCostItem {
    /// The item's name on the command line and in files: the case name in lower case with hyphens,
    /// e.g. `fostering-agency`, `residential-external`, `placed-with-family`.
    public var name: String {
        var out = ""
        for character in rawValue {
            if character.isUppercase { out += "-" + character.lowercased() } else { out.append(character) }
        }
        return out
    }

    /// The item called `name` (as `name` spells it, any letter case), or `nil`.
    public init?(name: some StringProtocol) {
        let wanted = name.lowercased()
        guard let item = DemandCostItem.allCases.first(where: { $0.name == wanted }) else { return nil }
        self = item
    }
}
