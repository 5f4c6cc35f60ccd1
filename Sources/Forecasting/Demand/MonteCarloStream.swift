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
    private var s0, s1, s2, s3: UInt64

    /// The stream of path `path` in a run seeded with `seed`.
    init(seed: UInt64, path: Int) {
        var mixer = seed ^ MonteCarloStream.mix(UInt64(truncatingIfNeeded: path) &+ 0x5851_F42D_4C95_7F2D)
        // SplitMix64 fills the four words; it never gives xoshiro the all-zero state it cannot leave.
        s0 = MonteCarloStream.splitMix(&mixer)
        s1 = MonteCarloStream.splitMix(&mixer)
        s2 = MonteCarloStream.splitMix(&mixer)
        s3 = MonteCarloStream.splitMix(&mixer)
    }

    /// The next 64 random bits (xoshiro256**, Blackman and Vigna).
    mutating func next() -> UInt64 {
        let result = rotate(s1 &* 5, 7) &* 9
        let t = s1 << 17
        s2 ^= s0
        s3 ^= s1
        s1 ^= s2
        s0 ^= s3
        s2 ^= t
        s3 = rotate(s3, 45)
        return result
    }

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

    private func rotate(_ x: UInt64, _ k: UInt64) -> UInt64 { (x << k) | (x >> (64 - k)) }

    /// SplitMix64 (Steele, Lea and Flood): advances `state` and returns its mixed value.
    static func splitMix(_ state: inout UInt64) -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        return mix(state)
    }

    /// SplitMix64's finaliser: spreads nearby inputs (path 0, 1, 2 …) over unrelated values.
    static func mix(_ value: UInt64) -> UInt64 {
        var z = value
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
