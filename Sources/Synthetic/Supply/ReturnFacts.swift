import CareModel

/// What building the council's supply takes from the returns: each child's date of birth (for the ages a
/// household is approved for and its allowance), each placement's postcode (where the carers live), and
/// the placements that ended in a special guardianship order to the carers (why a household left).
struct ReturnFacts: Sendable {
    private(set) var birthdays: [String: Day] = [:]
    private(set) var postcodes: [PlacementKey: String] = [:]
    /// Child and day of the episodes that ended with an SGO to former foster carers (E45, E46).
    private var guardianshipEnds: Set<PlacementKey> = []

    init(_ histories: [ChildHistory]) {
        for history in histories {
            birthdays[history.child.id] = history.child.dateOfBirth
            for episode in history.episodes {
                let key = PlacementKey(child: history.child.id, start: episode.start)
                if let postcode = episode.placementPostcode, postcodes[key] == nil { postcodes[key] = postcode }
                if let end = episode.end, episode.reasonEnded == .e45 || episode.reasonEnded == .e46 {
                    guardianshipEnds.insert(PlacementKey(child: history.child.id, start: end))
                }
            }
        }
    }

    /// The child's age on `day`; a teenager's when the child is not in the returns (it always is).
    func age(of child: String, on day: Day) -> Int { birthdays[child]?.age(on: day) ?? 12 }

    /// Whether the child's care with these carers ended on `day` with a special guardianship order to them.
    func endedInGuardianship(child: String, on day: Day?) -> Bool {
        guard let day else { return false }
        return guardianshipEnds.contains(PlacementKey(child: child, start: day))
    }
}
