/// xoshiro256** (Blackman and Vigna), seeded through SplitMix64 (Steele, Lea and Flood): the one source of
/// random bits behind Hearth's seeded randomness — the synthetic data generator and the Monte-Carlo paths —
/// written out so that the same seed gives the same numbers on every machine and Swift version (the standard
/// library promises neither its generator's sequence nor how it consumes one).
///
/// Inlinable: the Monte-Carlo paths draw millions of numbers and must not pay a call across modules each time.
public struct Xoshiro256: Sendable {
    @usableFromInline var s0, s1, s2, s3: UInt64

    /// The four words filled by SplitMix64 starting from `seed` (never the all-zero state xoshiro cannot leave).
    @inlinable public init(splitMixing seed: UInt64) {
        var state = seed
        s0 = Self.splitMix(&state)
        s1 = Self.splitMix(&state)
        s2 = Self.splitMix(&state)
        s3 = Self.splitMix(&state)
    }

    /// The next 64 random bits.
    @inlinable public mutating func next() -> UInt64 {
        let result = Self.rotate(s1 &* 5, 7) &* 9
        let t = s1 << 17
        s2 ^= s0
        s3 ^= s1
        s1 ^= s2
        s0 ^= s3
        s2 ^= t
        s3 = Self.rotate(s3, 45)
        return result
    }

    /// SplitMix64: advances `state` and returns its mixed value.
    @inlinable public static func splitMix(_ state: inout UInt64) -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        return mix(state)
    }

    /// SplitMix64's finaliser: spreads nearby inputs (0, 1, 2 …) over unrelated values.
    @inlinable public static func mix(_ value: UInt64) -> UInt64 {
        var z = value
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    @inlinable static func rotate(_ x: UInt64, _ k: UInt64) -> UInt64 { (x << k) | (x >> (64 - k)) }
}
