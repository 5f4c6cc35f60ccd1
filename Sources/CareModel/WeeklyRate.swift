/// The weekly price of a placement from a given day until the next rate for the same placement.
public struct WeeklyRate: Hashable, Sendable, Codable {
    /// Why the price changed: finance explains movements by these.
    public enum Change: String, Sendable, Hashable, Codable, CaseIterable {
        /// The price agreed when the placement was made.
        case agreed
        /// An annual or contractual uplift.
        case uplift
        /// An additional support package added (or increased).
        case additionalSupport = "additional-support"
        /// A package stepped down or removed.
        case stepDown = "step-down"
        /// Any other correction of the price.
        case correction

        public var label: String {
            switch self {
            case .agreed: "Agreed price"
            case .uplift: "Uplift"
            case .additionalSupport: "Additional support package"
            case .stepDown: "Package stepped down"
            case .correction: "Correction"
            }
        }
    }

    public var effectiveFrom: Day
    public var weekly: Money
    public var change: Change

    public init(effectiveFrom: Day, weekly: Money, change: Change = .agreed) {
        self.effectiveFrom = effectiveFrom
        self.weekly = weekly
        self.change = change
    }
}

/// Money towards a placement from another budget, which reduces the council's net cost.
public struct Contribution: Hashable, Sendable, Codable {
    public enum Source: String, Sendable, Hashable, Codable, CaseIterable {
        /// Health: section 117 aftercare, continuing healthcare (CHC), jointly funded packages.
        case health
        /// Education: the education element of a residential school or home.
        case education
        /// Anything else (another council, a grant).
        case other

        public var label: String {
            switch self {
            case .health: "Health"
            case .education: "Education"
            case .other: "Other"
            }
        }
    }

    public var source: Source
    /// Free text such as "s117" or "CHC".
    public var detail: String?
    public var weekly: Money
    public var from: Day
    /// Last day covered; `nil` while it continues.
    public var through: Day?

    public init(source: Source, detail: String? = nil, weekly: Money, from: Day, through: Day? = nil) {
        self.source = source
        self.detail = detail
        self.weekly = weekly
        self.from = from
        self.through = through
    }

    public func covers(_ day: Day) -> Bool { from <= day && (through.map { day <= $0 } ?? true) }
}
