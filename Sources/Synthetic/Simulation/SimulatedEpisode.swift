import CareModel

/// An SSDA903 episode as simulated, with what the returns writer needs to code it for each year.
struct SimulatedEpisode: Sendable {
    /// The episode as it happened; `end` is always set (it may lie after the last return).
    var episode: Episode
    var kind: PlacementKind
    /// The organisation providing the home (its URN is used when supported accommodation is coded K3
    /// from 2024-25); `nil` when placed with parents.
    var provider: Provider?
}
