import CareModel
import SQLKit

/// How an Ofsted provider is stored: one `ofsted_providers` row, keyed by URN.
extension OfstedProvider {
    static let columns = [
        "urn", "provision_type", "registration_date", "registration_status", "name", "local_authority", "region",
        "sector", "places", "owner", "inspection_date", "overall_grade", "graded_on", "imported_at",
    ]

    /// Appends the row; `importedAt` is the time of the import, as ISO 8601 text (as `import_runs`
    /// writes its times).
    func appendRow(importedAt: String, to values: inout [StoredValue]) {
        values += [
            .text(urn), .text(provisionType), StoredValue(registrationDate?.iso), StoredValue(registrationStatus),
            StoredValue(name), .text(localAuthority), StoredValue(region), StoredValue(sector),
            StoredValue(number: places), StoredValue(owner), StoredValue(inspectionDate?.iso),
            StoredValue(overallGrade?.rawValue), StoredValue(gradedOn?.iso), .text(importedAt),
        ]
    }

    /// Reads a provider from an `ofsted_providers` row.
    init(row: any SQLRow) throws {
        self.init(
            urn: try row.text("urn"), provisionType: try row.text("provision_type"),
            registrationDate: try row.optionalDay("registration_date"),
            registrationStatus: try row.optionalText("registration_status"), name: try row.optionalText("name"),
            localAuthority: try row.text("local_authority"), region: try row.optionalText("region"),
            sector: try row.optionalText("sector"), places: try row.optionalInteger("places"),
            owner: try row.optionalText("owner"), inspectionDate: try row.optionalDay("inspection_date"),
            overallGrade: try row.optionalCode("overall_grade"), gradedOn: try row.optionalDay("graded_on"))
    }
}
