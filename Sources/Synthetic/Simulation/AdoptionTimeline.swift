import CareModel

/// The milestones of an adoption: placement order, placement with adopters, adoption order.
struct AdoptionTimeline: Sendable {
    var placementOrder: Day
    var placedForAdoption: Day
    var adopted: Day

    init(start: Day, random: inout SeededRandom) {
        placementOrder = start.adding(days: Int(random.logNormal(median: 300, spread: 0.25)))
        placedForAdoption = placementOrder.adding(days: 14 + Int(random.logNormal(median: 110, spread: 0.5)))
        adopted = placedForAdoption.adding(days: 60 + Int(random.logNormal(median: 170, spread: 0.3)))
    }
}
