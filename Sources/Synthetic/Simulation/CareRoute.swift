import CareModel

/// The way a period of care goes, chosen when the child comes into care: it sets how long the period
/// lasts, whether the courts are involved, and how it ends.
enum CareRoute: Sendable, Hashable {
    /// A few days to a few months under section 20, then home or to relatives.
    case brief
    /// Months to a couple of years, then home to parents (often after a spell placed with them).
    case returnHome
    /// Care proceedings, then a special guardianship order to relatives or foster carers.
    case specialGuardianship
    /// Care proceedings, a placement order, a placement for adoption, then adoption.
    case adoption
    /// Years in care, ending before 18 (home, a child arrangements order) or at 18.
    case longTerm
    /// Older children who stay until their 18th birthday.
    case untilEighteen
    /// Remanded to local authority accommodation.
    case remand

    /// The route of a new period of care for a child of `age` (DfE-like mix of outcomes by age at entry).
    static func pick(age: Int, random: inout SeededRandom) -> CareRoute {
        switch age {
        case 0:
            random.pick([
                (.adoption, 30.0), (.specialGuardianship, 20), (.returnHome, 20), (.brief, 22), (.longTerm, 8),
            ])
        case 1...4:
            random.pick([
                (.adoption, 16.0), (.specialGuardianship, 24), (.returnHome, 28), (.brief, 26), (.longTerm, 6),
            ])
        case 5...9:
            random.pick([
                (.adoption, 2.0), (.specialGuardianship, 14), (.returnHome, 30), (.brief, 32), (.longTerm, 20),
            ])
        case 10...15:
            random.pick([
                (.specialGuardianship, 4.0), (.returnHome, 22), (.brief, 38), (.untilEighteen, 32), (.remand, 4),
            ])
        default:
            random.pick([(.returnHome, 3.0), (.brief, 45), (.untilEighteen, 46), (.remand, 6)])
        }
    }

    /// Planned length of the period in days (the 18th birthday may cut it short). Adoption is timed by
    /// its own milestones (`AdoptionTimeline`).
    func plannedDays(random: inout SeededRandom) -> Int {
        let days: Double
        switch self {
        case .brief: days = random.exponential(mean: 45)
        case .returnHome: days = random.logNormal(median: 330, spread: 0.6)
        case .specialGuardianship: days = random.logNormal(median: 620, spread: 0.4)
        case .adoption: days = 0
        case .longTerm: days = random.logNormal(median: 1_900, spread: 0.6)
        case .untilEighteen: days = 10_000
        case .remand: days = random.logNormal(median: 60, spread: 0.6)
        }
        return max(1, Int(days))
    }

    /// Whether the period goes through care proceedings (an interim then a full care order), or is
    /// voluntary accommodation under section 20 throughout.
    func isCourtRoute(age: Int, random: inout SeededRandom) -> Bool {
        switch self {
        case .adoption, .specialGuardianship: true
        case .longTerm: random.chance(0.8)
        case .untilEighteen: random.chance(age < 16 ? 0.6 : 0.2)
        case .returnHome: random.chance(0.45)
        case .brief, .remand: false
        }
    }
}
