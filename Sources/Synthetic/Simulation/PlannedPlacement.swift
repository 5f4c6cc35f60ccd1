import CareModel

/// A stay with the same carers. Its PLACE code can change without a move (short-term fostering becoming
/// long-term, foster carers becoming the adopters): each code is a phase.
struct PlannedPlacement: Sendable {
    struct Phase: Sendable {
        var start: Day
        var kind: PlacementKind
        var place: PlacementType
    }

    var start: Day
    var end: Day
    var phases: [Phase]
    /// The organisation providing the home; `nil` when the child is placed with parents.
    var provider: Provider?
    var providerType: PlacementProvider?
    /// PL_POST: where the child lives.
    var postcode: String
    /// REASON_PLACE_CHANGE when the child moved on from here to another placement.
    var moveReason: ReasonPlaceChange?

    var lastKind: PlacementKind { phases[phases.count - 1].kind }
}
