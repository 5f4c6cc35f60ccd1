import CareModel

/// The kinds of home the simulation places children in: finer than `PlacementCategory` where money or
/// the market differ (an unregistered home is "residential: external" in SSDA903 but its own budget line).
enum PlacementKind: Int, Sendable, Hashable, CaseIterable {
    case kinship, inHouseFoster, agencyFoster
    case inHouseHome, externalHome, unregistered
    case supported, secure, withParents, adoption, motherAndBaby

    /// The finance budget line the placement is paid from (the seed report's lines).
    var budgetLine: String {
        switch self {
        case .kinship: BudgetLineName.connectedCarers
        case .inHouseFoster: BudgetLineName.inHouseFoster
        case .agencyFoster: BudgetLineName.externalFostering
        case .externalHome: BudgetLineName.externalResidential
        case .unregistered: BudgetLineName.unregistered
        case .supported: BudgetLineName.supportedLiving
        case .inHouseHome, .secure, .withParents, .adoption, .motherAndBaby: BudgetLineName.other
        }
    }

    /// Weekly price range at 2024-25 prices, in whole pounds.
    var weeklyPrice2024: ClosedRange<Int> {
        switch self {
        case .kinship: 250...450
        case .inHouseFoster: 450...600
        case .agencyFoster: 850...1_000
        case .inHouseHome: 4_000...5_500
        case .externalHome: 5_000...8_000
        case .unregistered: 12_000...16_000
        case .supported: 1_500...2_500
        case .secure: 7_000...9_000
        case .withParents, .adoption: 0...150
        case .motherAndBaby: 3_500...5_000
        }
    }

    var isFostering: Bool { [.kinship, .inHouseFoster, .agencyFoster].contains(self) }
    var isResidential: Bool { [.inHouseHome, .externalHome, .unregistered].contains(self) }

    /// The PLACE code of a new stretch of this kind starting on `day`, before any long-term matching.
    /// Supported accommodation is H5/P2 before April 2024 and K3 after; an unregistered "other" setting
    /// is Z1 before April 2025 and Z13 after (Z1 was split into Z11–Z14; which of them fits an unregistered
    /// setting is not published, so Z13 is a stand-in).
    func place(startingOn day: Day, random: inout SeededRandom) -> PlacementType {
        let year = FinancialYear(containing: day).startYear
        switch self {
        case .kinship: return random.chance(0.03) ? .u2 : .u3
        case .inHouseFoster, .agencyFoster: return .u6
        case .inHouseHome: return .k2
        case .externalHome: return random.pick([(.k2, 90.0), (.s1, 7), (.r1, 3)])
        case .unregistered:
            guard random.chance(0.4) else { return .k2 }
            return year >= 2025 ? .z13 : .z1
        case .supported: return year >= 2024 ? .k3 : (random.chance(0.7) ? .h5 : .p2)
        case .secure: return .k1
        case .withParents: return .p1
        case .adoption: return random.pick([(.a6, 60.0), (.a4, 15)])
        case .motherAndBaby: return .r3
        }
    }

    /// The long-term code a placement moves to when the plan for the child becomes staying with these carers.
    var longTermPlace: PlacementType? {
        switch self {
        case .kinship: .u1
        case .inHouseFoster, .agencyFoster: .u4
        default: nil
        }
    }
}
