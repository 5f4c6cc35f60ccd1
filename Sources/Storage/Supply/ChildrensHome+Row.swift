import CareModel
import SQLKit

/// How a children's home or block contract is stored: one `childrens_homes` row, keyed by authority and home
/// reference.
extension ChildrensHome {
    static let columns = [
        "authority", "home_id", "name", "kind", "beds", "urn", "registered", "planned_opening",
        "registration_stage", "weekly_bed_price_pence", "contract_start", "contract_end", "postcode",
    ]

    func appendRow(to values: inout [StoredValue]) {
        values += [
            .text(authority), .text(id), .text(name), .text(kind.rawValue), .integer(beds), StoredValue(urn),
            StoredValue(registered?.iso), StoredValue(plannedOpening?.iso), StoredValue(registrationStage),
            StoredValue(number: weeklyBedPrice.map { Int($0.pence) }), StoredValue(contractStart?.iso),
            StoredValue(contractEnd?.iso), StoredValue(postcode),
        ]
    }

    /// Reads a home from a `childrens_homes` row.
    init(row: any SQLRow) throws {
        self.init(
            authority: try row.text("authority"), id: try row.text("home_id"), name: try row.text("name"),
            kind: try row.code("kind"), beds: try row.decode(column: "beds", as: Int.self),
            urn: try row.optionalText("urn"), registered: try row.optionalDay("registered"),
            plannedOpening: try row.optionalDay("planned_opening"),
            registrationStage: try row.optionalText("registration_stage"),
            weeklyBedPrice: try row.optionalMoney("weekly_bed_price_pence"),
            contractStart: try row.optionalDay("contract_start"), contractEnd: try row.optionalDay("contract_end"),
            postcode: try row.optionalText("postcode"))
    }
}
