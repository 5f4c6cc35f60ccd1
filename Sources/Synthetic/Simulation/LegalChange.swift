import CareModel

/// A change of legal status on a day.
struct LegalChange: Sendable, Hashable {
    var day: Day
    var status: LegalStatus
}
