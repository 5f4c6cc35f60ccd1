/// One provider from Ofsted's provider-level data for children's social care — a children's home, an
/// independent fostering agency, a residential special school, … — as its latest inspection in the file left
/// it: what it is, where, who owns it, how many places it has and its latest overall grade.
///
/// It is national public data, not a council's records: the real market around an authority (how many beds
/// near it, which groups own them) and a quality check for the providers its children are placed with,
/// joined to placements by `urn` (the SSDA903 URN field and the costs register's provider URN).
public struct OfstedProvider: Sendable, Hashable, Codable {
    /// Ofsted's unique reference number, in capitals ("SC064050", "2629230").
    public var urn: String
    /// The kind of provision as Ofsted writes it ("Children's home", "Independent Fostering Agency").
    public var provisionType: String
    public var registrationDate: Day?
    /// "Active", "Resigned", "Suspended", "Cancelled", "Closed".
    public var registrationStatus: String?
    /// `nil` when Ofsted withholds it: children's homes' names and addresses are "REDACTED" to protect the
    /// children living there.
    public var name: String?
    /// The local authority area the provider is in ("Plymouth"), not the council that places children there.
    public var localAuthority: String
    /// Ofsted's region ("South West"; some are joined, "North East, Yorkshire and the Humber").
    public var region: String?
    /// As Ofsted writes it: "Private", "Local Authority", "Voluntary", "Health Authority", "Academy".
    public var sector: String?
    /// Registered places; blank for agencies, which have no beds of their own.
    public var places: Int?
    /// The organisation that owns the provider, as Ofsted writes it (a company, a council, a charity).
    public var owner: String?
    /// The day of the provider's latest inspection in the file, graded or not.
    public var inspectionDate: Day?
    /// The latest overall grade Ofsted gave: from the latest *graded* inspection, because assurance and
    /// monitoring visits give none and leave the last judgement standing — a home judged Inadequate and then
    /// visited to check on it is still Inadequate. `nil` when no inspection in the file was graded.
    public var overallGrade: OfstedGrade?
    /// The day of the inspection that gave `overallGrade` (the same as `inspectionDate` unless a visit came
    /// after it).
    public var gradedOn: Day?

    public init(
        urn: String, provisionType: String, registrationDate: Day? = nil, registrationStatus: String? = nil,
        name: String? = nil, localAuthority: String, region: String? = nil, sector: String? = nil,
        places: Int? = nil, owner: String? = nil, inspectionDate: Day? = nil, overallGrade: OfstedGrade? = nil,
        gradedOn: Day? = nil
    ) {
        self.urn = urn
        self.provisionType = provisionType
        self.registrationDate = registrationDate
        self.registrationStatus = registrationStatus
        self.name = name
        self.localAuthority = localAuthority
        self.region = region
        self.sector = sector
        self.places = places
        self.owner = owner
        self.inspectionDate = inspectionDate
        self.overallGrade = overallGrade
        self.gradedOn = gradedOn
    }

    /// Whether the provider is a children's home: provision type "Children's home" in any case (the 2023-24
    /// file spells it "Children's Home" 9 times) and with either apostrophe. Secure children's homes and
    /// residential special schools registered as children's homes have provision types of their own and are
    /// not counted: they are not the ordinary residential market a council buys beds in.
    public var isChildrensHome: Bool {
        let words = provisionType.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
        return words.replacing("\u{2019}", with: "'") == "children's home"
    }
}
