/// Which children a count or projection is about: by sex, by whether they are unaccompanied asylum-seeking
/// children, and by age band; every part left `nil` takes everyone. The regional demand model offers the
/// same filters (sex, UASC; its age brackets are these bands).
public struct ChildGroup: Hashable, Sendable, Codable {
    /// Unaccompanied asylum-seeking children, or every other child.
    public enum UASC: String, Hashable, Sendable, Codable, CaseIterable {
        case uasc
        case notUASC = "not-uasc"

        public var label: String {
            switch self {
            case .uasc: "UASC"
            case .notUASC: "Not UASC"
            }
        }
    }

    public var sex: Sex?
    public var uasc: UASC?
    public var ageBand: AgeBand?

    public init(sex: Sex? = nil, uasc: UASC? = nil, ageBand: AgeBand? = nil) {
        self.sex = sex
        self.uasc = uasc
        self.ageBand = ageBand
    }

    /// Every child.
    public static let everyone = ChildGroup()

    public var isEveryone: Bool { self == .everyone }

    /// Whether `child` belongs to the group on `day`: its age and UASC status are those of that day, as
    /// DfE statistics count UASC children in care on 31 March.
    public func includes(_ child: Child, on day: Day) -> Bool {
        guard sex.map({ child.sex == $0 }) ?? true else { return false }
        guard ageBand.map({ AgeBand(age: child.age(on: day)) == $0 }) ?? true else { return false }
        switch uasc {
        case nil: return true
        case .uasc: return child.isUASC(on: day)
        case .notUASC: return !child.isUASC(on: day)
        }
    }

    /// Whether `child` belongs to the group whatever the day, leaving age aside: UASC means ever recorded as
    /// UASC, as the regional model's filter does before it projects (a projection spans years, and its
    /// children age from band to band, so age is a matter for each projected day instead).
    public func includesEver(_ child: Child) -> Bool {
        guard sex.map({ child.sex == $0 }) ?? true else { return false }
        switch uasc {
        case nil: return true
        case .uasc: return child.uasc != nil
        case .notUASC: return child.uasc == nil
        }
    }

    /// The group in plain words, for headings and report lines: "UASC, female, aged 10 to 15".
    public var label: String {
        let sexWords = sex.map { $0 == .unknown ? "sex not known" : $0.label.lowercased() }
        let parts = [uasc?.label, sexWords, ageBand.map { "aged \($0.label.lowercased())" }]
            .compactMap { $0 }
        guard !parts.isEmpty else { return "All children" }
        return parts.joined(separator: ", ").prefix(1).uppercased() + parts.joined(separator: ", ").dropFirst()
    }
}
