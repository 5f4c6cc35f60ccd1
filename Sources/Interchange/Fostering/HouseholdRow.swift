import CareModel

/// Column names of households.csv (see `HouseholdRegisterReader`).
enum HouseholdColumns {
    static let household = "household", kind = "kind", approved = "approved", places = "places"
    static let required = [household, kind, approved, places]
    static let youngest = "youngest", oldest = "oldest", terms = "terms", supervisingTeam = "supervising_team"
    static let constellation = "constellation", postcode = "postcode"
    static let weeklyFee = "weekly_fee", weeklyAllowance = "weekly_allowance"
    static let authority = ["la", "authority"]
    /// Every column, in the order `SupplyCSVWriter` writes them.
    static let all =
        required + [
            youngest, oldest, terms, supervisingTeam, constellation, postcode, weeklyFee, weeklyAllowance, "la",
        ]
    /// A household has 1 to 20 places: no fostering approval is for more (the "usual fostering limit" is
    /// three, exemptions aside), and the cap keeps a mistyped number from becoming hundreds of places.
    static let placeRange = 1...20
    /// Ages of children a household is approved for: from birth up to 21 (staying put).
    static let ageRange = 0...21
}

/// One row of households.csv read and checked on its own: the household, and the row it came from.
struct HouseholdRow {
    var row: Int
    var household: Household

    var key: RegisterKey { RegisterKey(authority: household.authority, id: household.id) }
}

extension HouseholdRow {
    typealias C = HouseholdColumns

    /// Reads row `r.index`; `nil` (with the problems in `r`) when any field is wrong.
    static func read(_ r: inout TableRowReader, defaultAuthority: AuthorityCode) -> HouseholdRow? {
        let authority = r.firstText(C.authority) ?? defaultAuthority
        let id = r.required(C.household)
        let kind = r.choice(C.kind, "a household kind", required: true, as: HouseholdKind.self)
        let approved = r.day(C.approved, required: true)
        let places = r.whole(C.places, in: C.placeRange, required: true)
        let ages = readAges(&r)
        let terms = r.choices(C.terms, "a fostering term", as: FosteringTerm.self)
        let postcode = r.postcode(C.postcode)
        let fee = r.money(C.weeklyFee), allowance = r.money(C.weeklyAllowance)
        guard r.problems.isEmpty, let id, let kind, let approved, let places else { return nil }
        let household = Household(
            authority: authority, id: id, kind: kind, approved: approved, places: places, youngest: ages.youngest,
            oldest: ages.oldest, terms: terms, supervisingTeam: r.text(C.supervisingTeam),
            constellation: r.text(C.constellation), postcode: postcode, weeklyFee: fee, weeklyAllowance: allowance)
        return HouseholdRow(row: r.row, household: household)
    }

    /// The youngest and oldest ages the household is approved for, each 0 to 21, the youngest no older
    /// than the oldest.
    private static func readAges(_ r: inout TableRowReader) -> (youngest: Int?, oldest: Int?) {
        let youngest = r.whole(C.youngest, in: C.ageRange), oldest = r.whole(C.oldest, in: C.ageRange)
        if let youngest, let oldest, youngest > oldest {
            r.problem(C.oldest, "\(oldest) is below youngest (\(youngest)); the ages run from youngest to oldest")
        }
        return (youngest, oldest)
    }
}
