import CareModel
import SQLKit

/// How an episode is stored in the `episodes` table.
extension Episode {
    static let columns = [
        "authority", "child_id", "decom", "rne", "ls", "cin", "place", "place_provider",
        "dec", "rec", "reason_place_change", "home_post", "pl_post", "urn", "pl_distance_tenths",
    ]

    /// Appends the values of `columns`, in order. The child comes from the history that holds the episode,
    /// so the stored row always belongs to the header it is saved with.
    func appendRow(authority: AuthorityCode, child: String, to values: inout [StoredValue]) {
        values.append(contentsOf: [
            .text(authority), .text(child), .text(start.iso), .text(reasonNew.code), .text(legalStatus.code),
            StoredValue(categoryOfNeed?.code), .text(place.code), StoredValue(provider?.code), StoredValue(end?.iso),
            StoredValue(reasonEnded?.code), StoredValue(reasonPlaceChange?.code), StoredValue(homePostcode),
            StoredValue(placementPostcode), StoredValue(urn),
            placementDistance.map { .integer(Int(($0 * 10).rounded())) } ?? .null,
        ])
    }

    /// Reads an episode from a row of `episodes` selected with `columns`.
    init(row: any SQLRow) throws {
        self.init(
            childID: try row.text("child_id"), start: try row.day("decom"), reasonNew: try row.code("rne"),
            legalStatus: try row.code("ls"), categoryOfNeed: try row.optionalCode("cin"),
            place: try row.code("place"), provider: try row.optionalCode("place_provider"),
            end: try row.optionalDay("dec"), reasonEnded: try row.optionalCode("rec"),
            reasonPlaceChange: try row.optionalCode("reason_place_change"),
            homePostcode: try row.optionalText("home_post"), placementPostcode: try row.optionalText("pl_post"),
            urn: try row.optionalText("urn"),
            placementDistance: try row.optionalInteger("pl_distance_tenths").map { Double($0) / 10 })
    }
}
