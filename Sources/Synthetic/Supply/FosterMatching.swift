import CareModel

/// Finds the foster household of every in-house and connected foster placement, the way a placements team
/// matches: to carers with a place free for the whole stay, most often those who had a child most
/// recently, and to newly approved carers when no one is free. Short stays go to the emergency carers and
/// babies often to the parent-and-child carers when theirs is free; a child fostered by family or friends
/// has carers of their own (brothers and sisters arriving together sometimes share them).
///
/// No household is ever given more children at once than its places.
struct FosterMatching: Sendable {
    private(set) var households: [HouseholdDraft] = []
    /// How many households each specialist scheme has at most.
    let specialistLimit: Int

    /// Carers without a child for this long are not offered one: they are the ones who go on to resign.
    static let idleLimit = 540
    /// Stays this short (days) are emergency placements.
    static let emergencyStay = 35

    init(scale: Double) {
        specialistLimit = scale >= 0.75 ? 2 : 1
    }

    /// Matches `placements` (in start order) to households.
    mutating func match(_ placements: [SupplyPlacement], random: inout SeededRandom) {
        for placement in placements {
            switch placement.setting {
            case .connected: matchConnected(placement, random: &random)
            case .inHouseFostering:
                if !matchSpecialist(placement, random: &random) { matchMainstream(placement, random: &random) }
            case .councilHome, .externalHome: continue
            }
        }
    }

    /// To one of the few mainstream carers free for the whole stay who had a child most recently, or to new ones.
    mutating func matchMainstream(_ placement: SupplyPlacement, random: inout SeededRandom) {
        let day = placement.spell.lowerBound
        var candidates: [(index: Int, recent: Int)] = []
        for (i, household) in households.enumerated() where household.scheme == .mainstream {
            guard let last = household.spells.lastDay, last >= day - FosterMatching.idleLimit,
                household.spells.fits(placement.spell, places: household.places)
            else { continue }
            candidates.append((i, min(last, day)))
        }
        guard !candidates.isEmpty else {
            let places: Int = random.pick([(1, 20.0), (2, 55), (3, 25)])
            open(.mainstream, places: places, for: placement, random: &random)
            return
        }
        candidates.sort { ($1.recent, $0.index) < ($0.recent, $1.index) }
        let chosen = random.element(of: Array(candidates.prefix(4)))
        households[chosen.index].take(placement)
    }

    /// Short stays to the emergency carers and some babies to the parent-and-child carers, when free.
    mutating func matchSpecialist(_ placement: SupplyPlacement, random: inout SeededRandom) -> Bool {
        let scheme: HouseholdDraft.Scheme
        if placement.age == 0, random.chance(0.35) {
            scheme = .parentAndChild
        } else if placement.spell.count <= FosterMatching.emergencyStay {
            scheme = .emergency
        } else {
            return false
        }
        let mine = households.indices.filter { households[$0].scheme == scheme }
        let free = mine.first { households[$0].spells.fits(placement.spell, places: households[$0].places) }
        if let free {
            households[free].take(placement)
            return true
        }
        guard mine.count < specialistLimit else { return false }
        open(scheme, places: scheme == .emergency ? 2 : 1, for: placement, random: &random)
        return true
    }

    /// Family or friends approved for this child; a brother or sister arriving within two days of the last
    /// connected child may join them, the household then approved for as many as it has at once.
    mutating func matchConnected(_ placement: SupplyPlacement, random: inout SeededRandom) {
        if let last = households.indices.last(where: { households[$0].scheme == .connected }),
            let first = households[last].spells.firstDay, abs(first - placement.spell.lowerBound) <= 2,
            households[last].placements.count < 3, random.chance(0.5)
        {
            households[last].take(placement)
            households[last].places = max(households[last].places, households[last].spells.busiest)
            return
        }
        open(.connected, places: 1, for: placement, random: &random)
    }

    /// A newly approved household for `placement`: connected carers are assessed in the weeks before the
    /// child moves in, other carers some months to a year or so before their first child.
    mutating func open(
        _ scheme: HouseholdDraft.Scheme, places: Int, for placement: SupplyPlacement, random: inout SeededRandom
    ) {
        let lead = scheme == .connected ? random.int(in: 3...45) : random.int(in: 30...400)
        var household = HouseholdDraft(scheme: scheme, places: places, approved: placement.start.adding(days: -lead))
        household.take(placement)
        households.append(household)
    }
}
