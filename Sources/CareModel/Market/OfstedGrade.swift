/// Ofsted's overall judgement of a children's social care provider: "Overall experiences and progress of
/// children and young people" in the inspection framework (SCCIF).
///
/// Kept so brokerage can see, for every child placed, whether the provider's latest judgement is
/// Inadequate — the grade that should prompt a review of the placement.
public enum OfstedGrade: String, Sendable, Hashable, Codable, CaseIterable {
    case outstanding
    case good
    case requiresImprovement = "requires-improvement"
    case inadequate

    /// The grade in Ofsted's own words, as its reports and data files write it.
    public var label: String {
        switch self {
        case .outstanding: "Outstanding"
        case .good: "Good"
        case .requiresImprovement: "Requires improvement to be good"
        case .inadequate: "Inadequate"
        }
    }

    /// Reads Ofsted's words in any case, with spaces tidied: the labels above, the shorter "Requires
    /// improvement", and the stored codes; `nil` for anything else, blank included (assurance and monitoring
    /// visits are not graded).
    public init?(words: some StringProtocol) {
        let key = words.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
        if key == "requires improvement" {
            self = .requiresImprovement
            return
        }
        guard let grade = Self.allCases.first(where: { $0.label.lowercased() == key || $0.rawValue == key }) else {
            return nil
        }
        self = grade
    }
}
