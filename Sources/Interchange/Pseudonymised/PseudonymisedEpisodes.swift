import CareModel

/// Child-level SSDA903 episodes for analysts or a regional hub, with the child made hard to identify
/// (the LIIA pipeline's degrading, `reference/domain.md` §"Pseudonymisation for analysis"):
/// - the child ID becomes a salted SHA-256 pseudonym (`PseudonymSalt`);
/// - the date of birth becomes the first of its month;
/// - postcodes (home and placement) become their sector, "PL6 5AB" → "PL6 5";
/// - the UPN, the mother's child's date of birth and anything else not needed for analysis are left out;
/// - a value of a column that could single a child out (`quasiIdentifiers`: sex, month of birth,
///   ethnicity, being a mother, home and placement sectors, the placement's URN) that fewer than 6 children
///   in the file share is left empty, so no rare value points at the one child who has it; a rare month of
///   birth first becomes its year ("2012"), emptied only if that is as rare (`suppressingRareValues`).
///   An empty cell in those columns therefore means "not recorded, or too rare to export".
///
/// Still personal data in law (ICO, March 2025): whoever holds the salt could re-identify, so the salt
/// stays with the council and every export is audited by the caller.
public enum PseudonymisedEpisodes {
    /// One row per episode; dates ISO (YYYY-MM-DD); codes as the return writes them.
    public static let columns = [
        "la", "child", "sex", "month_of_birth", "ethnicity", "mother", "decom", "rne", "ls", "cin", "place",
        "place_provider", "dec", "rec", "reason_place_change", "home_sector", "placement_sector", "urn",
    ]

    /// The export of `histories`, in authority and pseudonym order (not the councils' ID order, which
    /// could hint at who is who), episodes by start date, rare quasi-identifying values suppressed.
    public static func csv(_ histories: [ChildHistory], salt: PseudonymSalt) -> CSVWriter {
        var csv = CSVWriter(header: columns)
        let named = histories.map { (pseudonym: salt.pseudonym(for: $0.key), history: $0) }
            .sorted { ($0.history.authority, $0.pseudonym) < ($1.history.authority, $1.pseudonym) }
        var rows: [[String?]] = []
        for (pseudonym, history) in named {
            for episode in history.episodes { rows.append(row(history, episode, pseudonym: pseudonym)) }
        }
        for row in suppressingRareValues(rows) { csv.append(row) }
        return csv
    }

    /// One episode's fields, in `columns` order.
    static func row(_ history: ChildHistory, _ e: Episode, pseudonym: String) -> [String?] {
        let child = history.child
        return [
            history.authority, pseudonym, child.sex.code, child.dateOfBirth.startOfMonth.iso, child.ethnicity?.code,
            child.isMother.map { $0 ? "1" : "0" }, e.start.iso, e.reasonNew.code, e.legalStatus.code,
            e.categoryOfNeed?.code, e.place.code, e.provider?.code, e.end?.iso, e.reasonEnded?.code,
            e.reasonPlaceChange?.code, Postcode.sector(of: e.homePostcode), Postcode.sector(of: e.placementPostcode),
            e.urn,
        ]
    }
}
