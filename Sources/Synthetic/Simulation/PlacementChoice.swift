import CareModel

/// Which kind of home a child goes to, and for how long, given their age, where they were before and
/// the year: the market pressures councils describe (more children's homes, some unregistered
/// placements for teenagers) grow slowly year on year.
enum PlacementChoice {
    /// Residential demand relative to 2021, growing 4% a year (held within 0.75…1.2).
    static func residentialTrend(_ day: Day) -> Double {
        min(1.2, max(0.75, 0.86 + 0.04 * Double(day.year - 2021)))
    }

    /// Unregistered placements, growing faster than residential as registered homes run short.
    static func unregisteredTrend(_ day: Day) -> Double {
        min(4.5, max(0.4, 2 + 0.4 * Double(day.year - 2021)))
    }

    /// The kind of the next placement for a child of `age` on `day`, after `previous` (nil on entry), when
    /// residential places are at `pressure` (occupied over capacity, see `ResidentialLedger`).
    static func kind(
        age: Int, previous: PlacementKind?, on day: Day, pressure: Double,
        random: inout SeededRandom
    ) -> PlacementKind {
        let r = residentialTrend(day) * min(3, max(0.15, 1 + 5 * (1 - pressure)))
        let u = unregisteredTrend(day) * (1 + 3 * max(0, pressure - 1))
        let wasResidential = previous.map { $0.isResidential || $0 == .secure } ?? false
        switch age {
        case 0:
            return previous == nil
                ? random.pick([
                    (.inHouseFoster, 50.0), (.agencyFoster, 16), (.kinship, 22), (.motherAndBaby, 7), (.withParents, 3),
                ])
                : random.pick([(.inHouseFoster, 52.0), (.agencyFoster, 24), (.kinship, 20), (.withParents, 4)])
        case 1...9:
            return random.pick([
                (.inHouseFoster, 45.0), (.agencyFoster, 27), (.kinship, 22), (.withParents, 7),
                (.externalHome, Double(age) * 0.3 * r), (.inHouseHome, 0.3 * r),
            ])
        case 10...15 where wasResidential:
            return random.pick([
                (.externalHome, 70.0 * r), (.inHouseHome, 10 * r), (.agencyFoster, 14), (.inHouseFoster, 6),
                (.unregistered, 6 * u), (.secure, 2), (.withParents, 3),
            ])
        case 10...15:
            return random.pick([
                (.inHouseFoster, 30.0), (.agencyFoster, 29), (.kinship, 10), (.externalHome, 22 * r),
                (.inHouseHome, 5 * r), (.unregistered, 1 * u), (.secure, 0.6), (.withParents, 5),
            ])
        default:
            return random.pick([
                (.supported, 80.0), (.inHouseFoster, 12), (.agencyFoster, 14), (.kinship, 5),
                (.externalHome, (wasResidential ? 30 : 10) * r), (.inHouseHome, 2 * r),
                (.unregistered, (wasResidential ? 5 : 1.5) * u), (.secure, 0.4), (.withParents, 2),
            ])
        }
    }

    /// How long a placement of `kind` lasts if nothing else ends it first, in days.
    static func days(_ kind: PlacementKind, settled: Bool, random: inout SeededRandom) -> Int {
        let days: Double
        switch kind {
        case .kinship, .inHouseFoster, .agencyFoster:
            days = random.logNormal(median: settled ? 1_000 : 220, spread: 0.9)
        case .inHouseHome, .externalHome: days = random.logNormal(median: 420, spread: 0.8)
        case .unregistered: days = random.logNormal(median: 120, spread: 0.7)
        case .supported: days = random.logNormal(median: 360, spread: 0.8)
        case .secure: days = random.logNormal(median: 90, spread: 0.6)
        case .withParents: days = random.logNormal(median: 240, spread: 0.7)
        case .motherAndBaby: days = random.logNormal(median: 84, spread: 0.3)
        case .adoption: days = random.logNormal(median: 220, spread: 0.3)
        }
        return max(1, Int(days))
    }

    /// Why a placement ended when the child moved on (REASON_PLACE_CHANGE).
    static func moveReason(random: inout SeededRandom) -> ReasonPlaceChange {
        random.pick([
            (.carpl, 55.0), (.creqb, 12), (.creqo, 8), (.child, 6), (.lareq, 5), (.alleg, 2), (.stand, 2),
            (.close, 3), (.apprr, 1), (.other, 6),
        ])
    }
}
