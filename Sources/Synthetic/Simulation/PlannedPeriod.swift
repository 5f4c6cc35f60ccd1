import CareModel

/// One period of care as the simulation plans it, before it is cut into SSDA903 episodes.
struct PlannedPeriod: Sendable {
    var start: Day
    /// The day care ends (may be after the last return: the simulation runs each period to its end).
    var end: Day
    var exit: ReasonEpisodeCeased
    var need: CategoryOfNeed
    var homePostcode: String
    /// Consecutive placements: the first starts on `start`, each ends the day the next starts, the last on `end`.
    var placements: [PlannedPlacement]
    /// Legal statuses in date order; the first starts on `start`.
    var legal: [LegalChange]
}
