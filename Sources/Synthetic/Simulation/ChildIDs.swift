/// Six-digit pseudonymous child IDs, never repeated within an authority.
struct ChildIDs: Sendable {
    private var used: Set<Int> = []

    mutating func next(random: inout SeededRandom) -> String {
        while true {
            let id = random.int(in: 100_000...999_999)
            if used.insert(id).inserted { return String(id) }
        }
    }
}
