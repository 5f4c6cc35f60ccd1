import CareModel

extension Money {
    /// Fractional pence rounded to the nearest penny, halves away from zero.
    public init(roundingPence pence: Double) {
        self.init(pence: Int64(pence.rounded(.toNearestOrAwayFromZero)))
    }
}
