import CareModel

#if canImport(Darwin)
    import Darwin
#elseif canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#endif

/// A seeded stream of random numbers for one Monte-Carlo path (xoshiro256**, seeded through SplitMix64).
///
/// Each path has its own stream, derived from the run's seed and the path's number, so a path draws the
/// same numbers whichever chunk or core runs it: the result of a run depends on its seed alone.
struct MonteCarloStream {
    private var bits: Xoshiro256

    /// The stream of path `path` in a run seeded with `seed`.
    init(seed: UInt64, path: Int) {
        bits = Xoshiro256(splitMixing: seed ^ Xoshiro256.mix(UInt64(truncatingIfNeeded: path) &+ 0x5851_F42D_4C95_7F2D))
    }

    /// The next 64 random bits.
    mutating func next() -> UInt64 { bits.next() }

    /// A uniform number strictly between 0 and 1 (53 bits, offset by half a step so log never sees 0).
    mutating func uniform() -> Double {
        (Double(next() >> 11) + 0.5) * 0x1p-53
    }

    /// log of a uniform draw: the "budget" of log-survival a child spends before it moves.
    mutating func logUniform() -> Double { log(uniform()) }

    /// Days until a child who leaves its state with daily probability `p` moves: geometric on 1, 2, …,
    /// P(K > k) = (1 − p)^k, drawn by inversion with `logStay` = log(1 − p). `nil` when the child never moves.
    mutating func daysUntilMove(logStay: Double) -> Int? {
        guard logStay < 0 else { return nil }
        guard logStay > -.infinity else { return 1 }
        let k = (logUniform() / logStay).rounded(.down)
        return k >= Double(Int.max / 2) ? nil : 1 + Int(k)
    }

    /// A Poisson draw with mean `mean`. Means above 16 are drawn as a sum of smaller Poisson draws (a sum of
    /// independent Poisson counts is Poisson), so inversion never needs e^(−mean) below about 10⁻⁷.
    mutating func poisson(mean: Double) -> Int {
        guard mean > 0 else { return 0 }
        var remaining = mean, total = 0
        while remaining > 16 {
            total += poissonByInversion(mean: 16)
            remaining -= 16
        }
        return total + poissonByInversion(mean: remaining)
    }

    /// Inversion by sequential search: the smallest k whose cumulative probability reaches a uniform draw.
    private mutating func poissonByInversion(mean: Double) -> Int {
        let u = uniform()
        var k = 0, probability = exp(-mean), cumulative = probability
        while u > cumulative && probability > 0 {
            k += 1
            probability *= mean / Double(k)
            cumulative += probability
        }
        return k
    }
}
