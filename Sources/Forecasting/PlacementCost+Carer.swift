import CareModel

/// Which council foster household or children's home a register entry is with, and on which days the
/// child is there.
///
/// A child is with the carer on `day` when the placement started on or before it and has not ended:
/// start ≤ day < end. As in `CareSummary` and the budget monitor's lists (DfE's convention for a stock),
/// the end day itself is not counted: that day the child has moved on or left, so no child is ever
/// counted in two places on one day.
extension PlacementCost {
    /// A carer's reference is unique only within its authority, so the key carries both.
    struct CarerKey: Hashable, Comparable {
        var authority: AuthorityCode
        var id: String

        static func < (a: CarerKey, b: CarerKey) -> Bool { (a.authority, a.id) < (b.authority, b.id) }
    }

    /// The household or home the entry names; `nil` when the register leaves the carer blank.
    var carerKey: CarerKey? {
        guard let carer, !carer.isEmpty else { return nil }
        return CarerKey(authority: child.authority, id: carer)
    }

    /// Whether the child is with the carer on `day` (start ≤ day < end).
    func isWithCarer(on day: Day) -> Bool {
        placementStart <= day && (placementEnd.map { day < $0 } ?? true)
    }
}

extension Household {
    /// The key a register entry naming this household carries.
    var carerKey: PlacementCost.CarerKey { .init(authority: authority, id: id) }
}

extension ChildrensHome {
    /// The key a register entry naming this home carries.
    var carerKey: PlacementCost.CarerKey { .init(authority: authority, id: id) }
}
