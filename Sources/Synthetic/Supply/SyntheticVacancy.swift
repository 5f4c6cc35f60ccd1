/// Places free in one foster household on a day, as the generator made them: the truth that Hearth's own
/// count of vacancies from the written files is checked against.
public struct SyntheticVacancy: Sendable, Hashable {
    public var household: String
    /// Places approved.
    public var places: Int
    /// Children living there that day.
    public var placed: Int
    /// Places on hold (all of them while the household is under review).
    public var onHold: Int
    /// Places free to take a child: places less placed and on hold.
    public var vacancies: Int
}
