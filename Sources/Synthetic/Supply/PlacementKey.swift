import CareModel

/// A placement as the costs register names it: the child and the placement's first day. Every price row of
/// the placement carries the same key, so the carer found for the placement goes on all of them.
struct PlacementKey: Hashable, Comparable, Sendable {
    var child: String
    var start: Day

    /// Start order, then child: the order carers are found in.
    static func < (a: PlacementKey, b: PlacementKey) -> Bool { (a.start, a.child) < (b.start, b.child) }
}
