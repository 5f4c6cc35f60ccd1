import CareModel

/// Validates one Header or Episodes record and builds the `Child` or `Episode` from it. Every bad
/// field is reported, not only the first, so a council can fix a file in one pass.
struct SSDA903RecordCheck {
    let file: String
    let record: SSDA903Record
    private(set) var problems: [FileProblem] = []

    init(file: String, record: SSDA903Record) {
        self.file = file
        self.record = record
    }

    /// The child of a Header record, or `nil` when any field is wrong (see `problems`).
    mutating func child() -> Child? {
        let id = required(.child, "every row needs the child's ID")
        let sex = sexCode()
        let dob = date(.dob, required: true)
        let ethnicity = code(.ethnic, Ethnicity.self, required: false)
        let mother = motherFlag()
        let motherChildDOB = date(.motherChildDOB, required: false)
        let uasc = headerUASC()
        guard problems.isEmpty, let id, let sex, let dob else { return nil }
        return Child(
            id: id, sex: sex, dateOfBirth: dob, ethnicity: ethnicity, upn: record[.upn],
            isMother: mother, motherChildDateOfBirth: motherChildDOB, uasc: uasc)
    }

    /// The child and status of a UASC table record, or `nil` when any field is wrong (see `problems`).
    mutating func uascRecord() -> (child: String, status: UASCStatus)? {
        let id = required(.child, "every row needs the child's ID")
        let ceased = date(.duc, required: false)
        guard problems.isEmpty, let id else { return nil }
        return (id, UASCStatus(ceased: ceased))
    }

    /// A newer Header's UASC flag (1 or 0, or blank) and DUC: a child flagged 1 is UASC, ceasing on DUC when
    /// given. DUC without the flag set is a contradiction the return's own validation refuses too.
    private mutating func headerUASC() -> UASCStatus? {
        let flag = flag(.uasc)
        let ceased = date(.duc, required: false)
        if flag != true, let ceased {
            report(.duc, "is \(ceased.ukNumeric) but UASC is not 1: only a UASC child has a date UASC ceased")
        }
        return flag == true ? UASCStatus(ceased: ceased) : nil
    }

    /// The episode of an Episodes record, or `nil` when any field is wrong (see `problems`).
    mutating func episode() -> Episode? {
        let id = required(.child, "every row needs the child's ID")
        let start = date(.decom, required: true)
        let rne = code(.rne, ReasonNewEpisode.self, required: true)
        let ls = code(.ls, LegalStatus.self, required: true)
        let cin = code(.cin, CategoryOfNeed.self, required: false)
        let place = code(.place, PlacementType.self, required: true)
        let provider = code(.placeProvider, PlacementProvider.self, required: false)
        let end = date(.dec, required: false)
        if let start, let end, end < start {
            report(.dec, "\(end.ukNumeric) is before DECOM \(start.ukNumeric): an episode cannot end before it starts")
        }
        let rec = code(.rec, ReasonEpisodeCeased.self, required: false)
        let change = code(.reasonPlaceChange, ReasonPlaceChange.self, required: false)
        let distance = miles(.placeDistance)
        guard problems.isEmpty, let id, let start, let rne, let ls, let place else { return nil }
        return Episode(
            childID: id, start: start, reasonNew: rne, legalStatus: ls, categoryOfNeed: cin,
            place: place, provider: provider, end: end, reasonEnded: rec, reasonPlaceChange: change,
            homePostcode: record[.homePost], placementPostcode: record[.placePost], urn: record[.urn],
            placementDistance: distance)
    }

    /// PL_DISTANCE in miles: blank or the DfE's 999.9 ("unknown") is `nil`; anything else must be a
    /// number from 0 to 999.9.
    private mutating func miles(_ field: SSDA903Field) -> Double? {
        guard let value = record[field] else { return nil }
        guard let miles = Double(value), miles >= 0, miles <= 999.9 else {
            report(field, "'\(value)' is not a distance in miles (a number from 0 to 999.9; 999.9 means unknown)")
            return nil
        }
        return miles == 999.9 ? nil : miles
    }

    private mutating func report(_ field: SSDA903Field, _ message: String) {
        problems.append(
            FileProblem(
                file: file, row: record.row(of: field), field: record.name(of: field),
                message: message))
    }

    private mutating func required(_ field: SSDA903Field, _ why: String) -> String? {
        guard let value = record[field] else {
            report(field, "is blank: \(why)")
            return nil
        }
        return value
    }

    /// A code from one of the DfE lists. The value is already trimmed; case does not matter.
    private mutating func code<C: SSDA903Code>(_ field: SSDA903Field, _ list: C.Type, required: Bool) -> C? {
        guard let value = record[field] else {
            if required { report(field, "is blank: \(record.name(of: field)) is required") }
            return nil
        }
        if let code = C(rawValue: value) ?? C(rawValue: value.uppercased()) { return code }
        report(field, "'\(value)' is not a valid \(C.fieldName) code")
        return nil
    }

    private mutating func date(_ field: SSDA903Field, required: Bool) -> Day? {
        guard let value = record[field] else {
            if required { report(field, "is blank: \(record.name(of: field)) is required") }
            return nil
        }
        if let day = Day(ssda903: value) { return day }
        report(field, "'\(value)' is not a date (expected DD/MM/YYYY)")
        return nil
    }

    /// SEX: 1/2 up to 2023-24, M/F/U from 2024-25; both are accepted in any year.
    private mutating func sexCode() -> Sex? {
        guard let value = required(.sex, "SEX is required (1 or 2, or M, F or U from 2024-25)") else { return nil }
        if let sex = Sex(code: value) { return sex }
        report(.sex, "'\(value)' is not a valid SEX code (1 or 2, or M, F or U from 2024-25)")
        return nil
    }

    /// MOTHER: 1 or 0, or blank when not recorded. Files saved through pandas write 1.0 and 0.0.
    private mutating func motherFlag() -> Bool? { flag(.mother) }

    /// A 1-or-0 field (MOTHER, UASC), or blank when not recorded. Files saved through pandas write 1.0 and 0.0.
    private mutating func flag(_ field: SSDA903Field) -> Bool? {
        switch record[field] {
        case nil: return nil
        case "1", "1.0": return true
        case "0", "0.0": return false
        case let value?:
            report(field, "'\(value)' is not a valid \(record.name(of: field)) value (1, 0 or blank)")
            return nil
        }
    }
}
