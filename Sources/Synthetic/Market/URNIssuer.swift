/// Hands out Ofsted-shaped reference numbers without repeats: "SC" and six digits for homes, seven
/// digits for agencies. The region's market and each council's own services draw from separate ranges.
struct URNIssuer: Sendable {
    private var used: Set<String> = []

    /// A children's home or supported accommodation URN, from `range` of the six digits.
    mutating func home(_ range: ClosedRange<Int> = 300_000...999_999, random: inout SeededRandom) -> String {
        fresh { "SC" + String(random.int(in: range)) }
    }

    /// A fostering or adoption agency URN, from `range` of the seven digits.
    mutating func agency(_ range: ClosedRange<Int> = 2_000_000...9_999_999, random: inout SeededRandom) -> String {
        fresh { String(random.int(in: range)) }
    }

    private mutating func fresh(_ make: () -> String) -> String {
        while true {
            let urn = make()
            if used.insert(urn).inserted { return urn }
        }
    }
}
