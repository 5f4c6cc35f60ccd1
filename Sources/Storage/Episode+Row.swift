import CareModel
import SQLKit

/// How an episode is stored in the `episodes` table.
extension Episode {
    static let columns = ["authority", "child_id", "decom", "rne", "ls", "cin", "place", "place_provider",
                          "dec", "rec", "reason_place_change", "home_post", "pl_post", "urn"]

    /// The values of `columns`, in order. The child comes from the history that holds the episode, so
    /// the stored row always belongs to the header it is saved with.
    func row(authority: AuthorityCode, child: String) -> [any SQLExpression] {
        [SQLBind(authority), SQLBind(child), SQLBind(start.iso), SQLBind(reasonNew.code), SQLBind(legalStatus.code),
         bound(categoryOfNeed?.code), SQLBind(place.code), bound(provider?.code), bound(end?.iso),
         bound(reasonEnded?.code), bound(reasonPlaceChange?.code), bound(homePostcode), bound(placementPostcode),
         bound(urn)]
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
            urn: try row.optionalText("urn"))
    }
}
