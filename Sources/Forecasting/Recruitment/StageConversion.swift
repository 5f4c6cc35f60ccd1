import CareModel

/// Of the prospective households that reached one stage, the share that went on to the next.
///
/// Only households whose outcome is known count: those that reached the next stage, withdrew, or reached
/// the first stage more than a year before the as-at day (taken as lost). Households still moving through
/// would otherwise count as failures and pull the rate down the more recent the enquiries are.
public struct StageConversion: Hashable, Sendable {
    public var from: RecruitmentStage
    public var to: RecruitmentStage
    /// Households at `from` whose outcome is known.
    public var known: Int
    /// Of those, the households that reached `to`.
    public var converted: Int

    public init(from: RecruitmentStage, to: RecruitmentStage, known: Int, converted: Int) {
        self.from = from
        self.to = to
        self.known = known
        self.converted = converted
    }

    /// `converted ÷ known`; `nil` when no outcome is known yet.
    public var rate: Double? { known == 0 ? nil : Double(converted) / Double(known) }
}
