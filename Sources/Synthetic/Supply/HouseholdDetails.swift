import CareModel

/// Fills in what a fostering register holds about a household: the ages and kinds of fostering it is
/// approved for (covering every child it had), its fee and allowance, its supervising team and where it is
/// (the postcode the returns give for its first child, so distances in the returns and the register agree).
struct HouseholdDetails: Sendable {
    let authority: AuthorityCode
    let postcodes: PostcodeArea

    /// Mainstream carers' supervising teams, one per patch of the authority.
    static let teams = ["Fostering Team North", "Fostering Team South", "Fostering Team East", "Fostering Team West"]

    func household(_ draft: HouseholdDraft, random: inout SeededRandom) -> Household {
        let ages = ageRange(draft, random: &random)
        let postcode =
            draft.placements.first?.postcode
            ?? postcodes.postcode(farShare: draft.scheme == .connected ? 0.15 : 0.03, random: &random)
        return Household(
            authority: authority, id: draft.id, kind: draft.scheme.kind, approved: draft.approved,
            places: draft.places, youngest: ages.youngest, oldest: ages.oldest,
            terms: terms(draft, random: &random), supervisingTeam: team(draft, random: &random),
            postcode: postcode, weeklyFee: fee(draft, random: &random),
            weeklyAllowance: HouseholdDetails.allowance(age: draft.placements.last?.age ?? ages.youngest),
            statuses: draft.statuses)
    }

    /// Ages approved for: around those of the children it had (0 to 17); a wide range for carers with none yet.
    func ageRange(_ draft: HouseholdDraft, random: inout SeededRandom) -> (youngest: Int, oldest: Int) {
        let ages = draft.placements.map(\.age)
        guard let low = ages.min(), let high = ages.max() else {
            return (random.int(in: 0...5), random.int(in: 10...17))
        }
        if draft.scheme == .connected { return (low, min(17, high)) }
        return (max(0, low - random.int(in: 0...2)), min(17, high + random.int(in: 0...3)))
    }

    /// Short-term for all but parent-and-child carers; long-term once a child stayed for good; some respite,
    /// remand and emergency approvals among mainstream carers.
    func terms(_ draft: HouseholdDraft, random: inout SeededRandom) -> Set<FosteringTerm> {
        let settled = draft.placements.contains { $0.longTerm || $0.spell.count > 365 }
        switch draft.scheme {
        case .connected: return settled ? [.shortTerm, .longTerm] : [.shortTerm]
        case .emergency: return [.emergency, .shortTerm]
        case .parentAndChild: return [.parentAndChild]
        case .mainstream:
            var terms: Set<FosteringTerm> = [.shortTerm]
            if settled || random.chance(0.3) { terms.insert(.longTerm) }
            if random.chance(0.25) { terms.insert(.respite) }
            if random.chance(0.1) { terms.insert(.emergency) }
            if random.chance(0.05) { terms.insert(.remand) }
            return terms
        }
    }

    func team(_ draft: HouseholdDraft, random: inout SeededRandom) -> String {
        switch draft.scheme {
        case .connected: "Kinship Team"
        case .emergency, .parentAndChild: "Specialist Placements Team"
        case .mainstream: random.element(of: HouseholdDetails.teams)
        }
    }

    /// The weekly fee by skills level (£150 level 1 to £450 level 4); connected carers mostly have none.
    func fee(_ draft: HouseholdDraft, random: inout SeededRandom) -> Money? {
        let level: Int
        switch draft.scheme {
        case .connected:
            guard random.chance(0.25) else { return nil }
            level = 1
        case .emergency, .parentAndChild: level = random.chance(0.6) ? 4 : 3
        case .mainstream: level = random.pick([(1, 15.0), (2, 40), (3, 35), (4, 10)])
        }
        return Money(pounds: Int64(50 + 100 * level))
    }

    /// The child's weekly allowance by age, from £200 for the youngest to £300 for 16 and 17 year olds.
    static func allowance(age: Int) -> Money {
        switch age {
        case ..<5: Money(pounds: 200)
        case 5...10: Money(pounds: 230)
        case 11...15: Money(pounds: 265)
        default: Money(pounds: 300)
        }
    }
}
