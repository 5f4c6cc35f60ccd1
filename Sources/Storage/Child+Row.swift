import CareModel
import SQLKit

/// How a child's header is stored in the `children` table.
extension Child {
    static let columns = [
        "authority", "child_id", "sex", "dob", "ethnicity", "upn", "is_mother", "mc_dob", "uasc", "uasc_ceased",
    ]

    /// Appends the values of `columns`, in order, for this child in `authority`.
    func appendRow(authority: AuthorityCode, to values: inout [StoredValue]) {
        values.append(contentsOf: [
            .text(authority), .text(id), .text(sex.code), .text(dateOfBirth.iso), StoredValue(ethnicity?.code),
            StoredValue(upn), isMother.map { .integer($0 ? 1 : 0) } ?? .null, StoredValue(motherChildDateOfBirth?.iso),
            uasc == nil ? .null : .integer(1), StoredValue(uasc?.ceased?.iso),
        ])
    }

    /// Reads a child from a row of `children` selected with `columns`.
    init(row: any SQLRow) throws {
        let isMother = try row.decodeNil(column: "is_mother") ? nil : row.decode(column: "is_mother", as: Int.self)
        let isUASC = try !row.decodeNil(column: "uasc")
        self.init(
            id: try row.text("child_id"), sex: try row.code("sex"), dateOfBirth: try row.day("dob"),
            ethnicity: try row.optionalCode("ethnicity"), upn: try row.optionalText("upn"),
            isMother: isMother.map { $0 != 0 }, motherChildDateOfBirth: try row.optionalDay("mc_dob"),
            uasc: isUASC ? UASCStatus(ceased: try row.optionalDay("uasc_ceased")) : nil)
    }
}
