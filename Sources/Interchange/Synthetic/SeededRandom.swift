/// The generator's source of randomness: xoshiro256** seeded through SplitMix64.
///
/// Written out here rather than taken from the standard library so that the same seed gives the same
/// synthetic authority on every machine and every Swift version: the standard library promises neither
/// its default generator's sequence nor how `random(in:)` or `shuffled()` consume one.
struct SeededRandom: Sendable {
    private var s0: UInt64, s1: UInt64, s2: UInt64, s3: UInt64

    /// A generator for one independent stream: the same `seed` and `stream` always give the same numbers.
    init(seed: UInt64, stream: UInt64 = 0) {
        var mix = seed ^ (stream &* 0xD1B5_4A32_D192_ED03)
        s0 = SeededRandom.splitMix(&mix)
        s1 = SeededRandom.splitMix(&mix)
        s2 = SeededRandom.splitMix(&mix)
        s3 = SeededRandom.splitMix(&mix)
    }

    private static func splitMix(_ state: inout UInt64) -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    private static func rotl(_ x: UInt64, _ k: UInt64) -> UInt64 { (x << k) | (x >> (64 - k)) }

    /// The next 64 random bits.
    mutating func next() -> UInt64 {
        let result = SeededRandom.rotl(s1 &* 5, 7) &* 9
        let t = s1 << 17
        s2 ^= s0
        s3 ^= s1
        s1 ^= s2
        s0 ^= s3
        s2 ^= t
        s3 = SeededRandom.rotl(s3, 45)
        return result
    }

    /// A uniform number in [0, 1) with 53 random bits.
    mutating func unit() -> Double { Double(next() >> 11) * 0x1.0p-53 }

    /// A uniform whole number in `range` (the slight modulo bias is far below anything the data shows).
    mutating func int(in range: ClosedRange<Int>) -> Int {
        let width = UInt64(range.upperBound - range.lowerBound) + 1
        return range.lowerBound + Int(next() % width)
    }

    /// A uniform number in `range`.
    mutating func double(in range: ClosedRange<Double>) -> Double {
        range.lowerBound + unit() * (range.upperBound - range.lowerBound)
    }

    /// True with probability `p`.
    mutating func chance(_ p: Double) -> Bool { unit() < p }

    /// One of `choices`, each drawn in proportion to its weight.
    mutating func pick<T>(_ choices: [(T, Double)]) -> T {
        var total = 0.0
        for choice in choices { total += choice.1 }
        var target = unit() * total
        for choice in choices {
            if target < choice.1 { return choice.0 }
            target -= choice.1
        }
        return choices[choices.count - 1].0
    }

    /// One element of a non-empty array, uniformly.
    mutating func element<T>(of items: [T]) -> T { items[int(in: 0...(items.count - 1))] }

    /// A Poisson count with the given mean (Knuth's product method: means here are about one a day).
    mutating func poisson(mean: Double) -> Int {
        let limit = PortableMath.exp(-mean)
        var product = unit()
        var count = 0
        while product > limit {
            count += 1
            product *= unit()
        }
        return count
    }

    /// An exponential variate with the given mean.
    mutating func exponential(mean: Double) -> Double { -mean * PortableMath.log(1 - unit()) }

    /// A log-normal variate: `median` × e^(spread × standard normal).
    mutating func logNormal(median: Double, spread: Double) -> Double {
        median * PortableMath.exp(spread * standardNormal())
    }

    /// A standard normal variate (Box–Muller's polar form needs only arithmetic, square root and log).
    mutating func standardNormal() -> Double {
        while true {
            let u = 2 * unit() - 1, v = 2 * unit() - 1
            let s = u * u + v * v
            if s > 0 && s < 1 { return u * (-2 * PortableMath.log(s) / s).squareRoot() }
        }
    }
}
