/// The code that identifies a local authority in Hearth: the DfE's three-digit LA number ("879")
/// or any short code a council chooses. Children are identified within their authority.
public typealias AuthorityCode = String

/// Identifies one child across Hearth: a child ID is unique only inside its authority.
public struct ChildKey: Hashable, Comparable, Sendable, Codable {
    public var authority: AuthorityCode
    public var child: String

    public init(authority: AuthorityCode, child: String) {
        self.authority = authority
        self.child = child
    }

    public static func < (a: ChildKey, b: ChildKey) -> Bool { (a.authority, a.child) < (b.authority, b.child) }
}

/// A child's SSDA903 Header record: who the child is. `id` is the council's pseudonymous CHILD reference.
public struct Child: Hashable, Sendable, Codable {
    public var id: String
    public var sex: Sex
    public var dateOfBirth: Day
    public var ethnicity: Ethnicity?
    /// Unique pupil number, or one of the UN1–UN5 "unknown" codes.
    public var upn: String?
    /// MOTHER: whether the child is a mother (1) or not (0); `nil` when not recorded (boys, or not known).
    public var isMother: Bool?
    /// MC_DOB: date of birth of the mother's child.
    public var motherChildDateOfBirth: Day?
    /// Whether the child is or was unaccompanied and seeking asylum (`nil`: no return says so).
    public var uasc: UASCStatus?

    public init(
        id: String, sex: Sex, dateOfBirth: Day, ethnicity: Ethnicity? = nil, upn: String? = nil,
        isMother: Bool? = nil, motherChildDateOfBirth: Day? = nil, uasc: UASCStatus? = nil
    ) {
        self.id = id
        self.sex = sex
        self.dateOfBirth = dateOfBirth
        self.ethnicity = ethnicity
        self.upn = upn
        self.isMother = isMother
        self.motherChildDateOfBirth = motherChildDateOfBirth
        self.uasc = uasc
    }

    /// The day the child turns 18, when being looked after ends unless they stay put.
    public var eighteenthBirthday: Day { dateOfBirth.birthday(18) }

    public func age(on day: Day) -> Int { dateOfBirth.age(on: day) }

    /// Whether the child was an unaccompanied asylum-seeking child on `day`.
    public func isUASC(on day: Day) -> Bool { uasc?.holds(on: day) ?? false }
}
