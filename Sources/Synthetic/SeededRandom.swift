import CareModel

/// The generator's source of randomness: `Xoshiro256` (so the same seed gives the same synthetic authority on
/// every machine and Swift version), with the draws the generator makes from it.
struct SeededRandom: Sendable {
    private var bits: Xoshiro256

    /// A generator for one independent stream: the same `seed` and `stream` always give the same numbers.
    init(seed: UInt64, stream: UInt64 = 0) {
        bits = Xoshiro256(splitMixing: seed ^ (stream &* 0xD1B5_4A32_D192_ED03))
    }

    /// The next 64 random bits.
    mutating func next() -> UInt64 { bits.next() }

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
