/// Expected children in a group of demand states and the standard deviation of that number. The states'
/// variances are summed as if independent, as the regional demand model's band treats them, so the
/// standard deviation is the square root of the summed variances.
public struct ProjectedSpread: Hashable, Sendable {
    public var mean: Double
    public var sd: Double

    public init(mean: Double, sd: Double) {
        self.mean = mean
        self.sd = sd
    }

    /// The lower end of the band mean − 2 sd, floored at 0 (there are no negative children).
    public var lower: Double { max(0, mean - 2 * sd) }
    /// The upper end of the band mean + 2 sd.
    public var upper: Double { mean + 2 * sd }
}
