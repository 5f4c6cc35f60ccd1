import CareModel

/// One row of Ofsted's provider-level file — one inspection of one provider — read and checked on its own.
///
/// A provider inspected twice in the year has two rows; `isAtLeastAsLate(as:)` says which is later. Ofsted
/// writes "NULL" in a few cells it has no value for (a registration date, a grade), which is read as blank, and
/// "REDACTED" for the names of children's homes, which is read as no name.
struct OfstedInspectionRow {
    typealias C = OfstedColumnLine

    /// Registered places run from 1 (a solo home) to a few hundred (boarding schools: 630 in 2023-24); the cap
    /// keeps a mistyped number from becoming thousands of beds in an area's count.
    static let placesRange = 0...5_000

    /// What the places and grade fields should hold, in the problems that say they do not.
    static let placesWords = "a number of places from \(placesRange.lowerBound) to \(placesRange.upperBound)"
    static let gradeWords =
        "an Ofsted grade (" + OfstedGrade.allCases.map(\.label).joined(separator: ", ") + ", or blank)"

    var provider: OfstedProvider
    /// Ofsted's number for the inspection, which orders two inspections on the same day.
    var eventNumber: Int?

    /// Whether this inspection is the same as or later than `other`, by inspection date and then event number;
    /// an inspection with no date counts as earliest.
    func isAtLeastAsLate(as other: OfstedInspectionRow) -> Bool {
        (provider.inspectionDate?.ordinal ?? .min, eventNumber ?? .min)
            >= (other.provider.inspectionDate?.ordinal ?? .min, other.eventNumber ?? .min)
    }

    /// Reads row `r.index`; `nil` (with the problems in `r`) when any field is wrong.
    static func read(_ r: inout TableRowReader) -> OfstedInspectionRow? {
        let urn = required(&r, C.urn), provisionType = required(&r, C.provisionType)
        let localAuthority = required(&r, C.localAuthority)
        let registered = day(&r, C.registrationDate), inspected = day(&r, C.inspectionDate)
        let places = parsed(&r, C.places, expected: placesWords) { text in
            Int(text).flatMap { placesRange.contains($0) ? $0 : nil }
        }
        let event = parsed(&r, C.eventNumber, expected: "a whole number") { Int($0) }
        let grade = parsed(&r, C.overallGrade, expected: gradeWords) { OfstedGrade(words: $0) }
        guard r.problems.isEmpty, let urn, let provisionType, let localAuthority else { return nil }
        let provider = OfstedProvider(
            urn: urn.uppercased(), provisionType: provisionType, registrationDate: registered,
            registrationStatus: text(r, C.registrationStatus),
            name: text(r, C.name).flatMap { $0.uppercased() == "REDACTED" ? nil : $0 },
            localAuthority: localAuthority, region: C.region.compactMap { text(r, $0) }.first,
            sector: text(r, C.sector), places: places, owner: text(r, C.owner), inspectionDate: inspected,
            overallGrade: grade, gradedOn: grade == nil ? nil : inspected)
        return OfstedInspectionRow(provider: provider, eventNumber: event)
    }

    /// The field's text with spaces trimmed; `nil` when the column is absent or the field blank or "NULL".
    static func text(_ r: TableRowReader, _ name: String) -> String? {
        guard let value = r.text(name), value.uppercased() != "NULL" else { return nil }
        return value
    }

    /// The field's text, reporting it when it is blank.
    private static func required(_ r: inout TableRowReader, _ name: String) -> String? {
        guard let value = text(r, name) else {
            r.problem(name, "is blank; every row needs it")
            return nil
        }
        return value
    }

    /// A value read by `parse`, reported with `expected` when it does not read.
    private static func parsed<T>(
        _ r: inout TableRowReader, _ name: String, expected: String, _ parse: (String) -> T?
    ) -> T? {
        guard let value = text(r, name) else { return nil }
        if let parsed = parse(value) { return parsed }
        r.problem(name, "'\(value)' is not \(expected)")
        return nil
    }

    /// A date as Ofsted writes it, DD/MM/YYYY (or YYYY-MM-DD, should a later file change).
    private static func day(_ r: inout TableRowReader, _ name: String) -> Day? {
        parsed(&r, name, expected: "a date (expected DD/MM/YYYY)") { Day(ukNumeric: $0) ?? Day(iso: $0) }
    }
}
