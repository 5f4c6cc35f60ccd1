import CareModel

extension PlacementCost {
    /// The register's placement open on `day`: the latest to start on or before it
    /// that had not ended (the end day, like SSDA903's DEC, is the first day out of the placement).
    static func open(in costs: [PlacementCost], on day: Day) -> PlacementCost? {
        costs.filter { $0.placementStart <= day && ($0.placementEnd.map { day < $0 } ?? true) }
            .max { $0.placementStart < $1.placementStart }
    }

    /// How pages name the provider: its name, else its Ofsted URN.
    var providerLabel: String? { providerName ?? providerURN.map { "URN \($0)" } }
}
