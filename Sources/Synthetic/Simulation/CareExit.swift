import CareModel

/// How a period of care ends (REC), from its route, the last home, and whether it ran to the 18th birthday.
enum CareExit {
    static func reason(
        route: CareRoute, lastKind: PlacementKind, atEighteen: Bool, age: Int,
        random: inout SeededRandom
    ) -> ReasonEpisodeCeased {
        if atEighteen { return leavingCare(lastKind, random: &random) }
        switch route {
        case .brief where age >= 16:
            return random.pick([(.e4a, 30.0), (.e13, 25), (.e5, 15), (.e6, 10), (.e8, 10), (.e4b, 10)])
        case .brief:
            return random.pick([(.e4a, 45.0), (.e4b, 12), (.e13, 25), (.e8, 8), (.e3, 4), (.e16, 2), (.e41, 4)])
        case .returnHome:
            return random.pick([(.e4a, 65.0), (.e13, 18), (.e41, 10), (.e4b, 7)])
        case .specialGuardianship:
            return specialGuardianship(lastKind, random: &random)
        case .adoption:
            return random.pick([(.e11, 40.0), (.e12, 60)])
        case .longTerm, .untilEighteen:
            return random.pick([(.e13, 30.0), (.e41, 20), (.e4a, 30), (.e4b, 5), (.e8, 10), (.e3, 5)])
        case .remand:
            return random.pick([(.e14, 65.0), (.e9, 25), (.e8, 10)])
        }
    }

    /// Ending care on the 18th birthday: staying put with foster carers, or moving to independence.
    static func leavingCare(_ kind: PlacementKind, random: inout SeededRandom) -> ReasonEpisodeCeased {
        switch kind {
        case .kinship, .inHouseFoster, .agencyFoster:
            random.pick([(.e17, 45.0), (.e5, 35), (.e6, 10), (.e8, 10)])
        case .supported:
            random.pick([(.e5, 60.0), (.e6, 20), (.e8, 15), (.e7, 5)])
        case .withParents:
            random.pick([(.e8, 60.0), (.e13, 40)])
        default:
            random.pick([(.e5, 50.0), (.e7, 10), (.e8, 25), (.e6, 15)])
        }
    }

    /// A special guardianship order: to the relatives or friends the child lives with, to the foster
    /// carers, or to other carers.
    static func specialGuardianship(_ kind: PlacementKind, random: inout SeededRandom) -> ReasonEpisodeCeased {
        switch kind {
        case .kinship: random.pick([(.e45, 85.0), (.e47, 15)])
        case .inHouseFoster, .agencyFoster: random.pick([(.e46, 60.0), (.e47, 25), (.e48, 15)])
        default: random.pick([(.e47, 60.0), (.e48, 40)])
        }
    }

    /// Whether the child comes back into care later (a return home that breaks down).
    static func comesBack(after reason: ReasonEpisodeCeased, random: inout SeededRandom) -> Bool {
        switch reason {
        case .e4b: random.chance(0.35)
        case .e4a, .e13, .e41, .e8, .e14: random.chance(0.18)
        default: false
        }
    }
}
