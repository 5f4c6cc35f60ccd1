/// The settings of the sufficiency gap a council may change (the README lists the rules they steer).
public struct SufficiencyRules: Sendable, Hashable, Codable {
    /// Months to look ahead.
    public var months: Int
    /// Days added to a planned home's opening for Ofsted registration running late (000 §3.27–3.30 names
    /// registration delays as the risk to new council homes).
    public var registrationDelayDays: Int
    /// Places a newly approved household brings, when the register has no recent approvals to average.
    public var defaultPlacesPerApproval: Double

    public init(months: Int = 24, registrationDelayDays: Int = 90, defaultPlacesPerApproval: Double = 1.7) {
        self.months = months
        self.registrationDelayDays = registrationDelayDays
        self.defaultPlacesPerApproval = defaultPlacesPerApproval
    }

    public static let standard = SufficiencyRules()
}
