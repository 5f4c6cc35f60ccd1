import CareModel

/// Reads the council's children's homes and block contracts (homes.csv): the residential beds it runs or
/// has bought, set against the placements that name a home as their `carer`.
///
/// One row per home or contract, with the columns `home` (the council's reference, e.g. HOME-2), `name`,
/// `kind` (council or block) and `beds` (1 to 100). Optional columns:
/// - `la` or `authority`: the council's code (otherwise the reader's default authority);
/// - `urn`: Ofsted's reference, "SC" and 6 digits or 7 digits;
/// - `registered`: the day Ofsted registered the home; or, for a home not yet open, `planned_opening` and
///   `registration_stage` (where its registration has got to, in the council's words) — a council home
///   needs `registered` or `planned_opening`;
/// - `weekly_bed_price`, `contract_start`, `contract_end`: a block contract's price per bed a week and its
///   term — a block needs the price and the start; the end, when given, is not before the start;
/// - `postcode`: a UK postcode, kept as "PL6 5AB".
/// A home's reference may appear once per authority.
///
/// Dates are `YYYY-MM-DD` or `DD/MM/YYYY`; amounts "1234.56" or "£1,234.56"; codes in any case. Row 1 holds
/// the column names (in any case; other columns are ignored). Any problem is reported with its row and
/// column, and then nothing is returned.
public struct ChildrensHomeReader: Sendable {
    /// The council the rows belong to when the file has no `la`/`authority` column.
    public var defaultAuthority: AuthorityCode

    public init(defaultAuthority: AuthorityCode) {
        self.defaultAuthority = defaultAuthority
    }

    public func read(path: String) throws(FileReadFailure) -> [ChildrensHome] {
        try read(bytes: SupplyTable.bytes(path: path), file: path)
    }

    /// Reads CSV bytes; `file` names the source in problems. Homes come sorted by authority then reference.
    public func read(bytes: [UInt8], file: String) throws(FileReadFailure) -> [ChildrensHome] {
        let table = try SupplyTable.open(
            bytes: bytes, file: file, register: "homes", required: ChildrensHomeColumns.required)
        var references = ReferenceRows(
            column: ChildrensHomeColumns.home, noun: "home", defaultAuthority: defaultAuthority)
        let read = table.rows { (r: inout TableRowReader) -> ChildrensHome? in
            references.note(&r, authorityColumns: ChildrensHomeColumns.authority)
            return ChildrensHomeRow.read(&r, defaultAuthority: defaultAuthority)
        }
        guard read.problems.isEmpty else { throw FileReadFailure(problems: read.problems) }
        return read.rows.sorted { ($0.authority, $0.id) < ($1.authority, $1.id) }
    }
}
