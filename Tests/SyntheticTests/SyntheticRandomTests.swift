import Foundation
import Testing

@testable import Interchange
@testable import Synthetic

@Suite("Synthetic generator: randomness and maths")
struct SyntheticRandomTests {
    @Test("xoshiro256** seeded by SplitMix64 gives the reference sequence")
    func referenceSequence() {
        // Expected values from an independent Python implementation of the same two algorithms
        // (SplitMix64 from state 7 for the four words, then three xoshiro256** steps).
        var random = SeededRandom(seed: 7)
        #expect(
            [random.next(), random.next(), random.next()]
                == [0xB358_FAF7_4EF9_765A, 0x475C_3D96_4F48_2CD2, 0xD6F1_D349_952C_7996])
        var zero = SeededRandom(seed: 0)
        #expect(zero.next() == 0x99EC_5F36_CB75_F2B4)
    }

    @Test("streams of the same seed differ")
    func streams() {
        var a = SeededRandom(seed: 7, stream: 1), b = SeededRandom(seed: 7, stream: 2)
        #expect(a.next() != b.next())
    }

    /// Arguments across the range the generator uses (means, log-normal spreads, uniform draws).
    static let exponents: [Double] = [-700, -20, -1, -0.5, 0, 1e-9, 0.3, 1, 2.5, 10, 300, 700]

    @Test("portable exp agrees with the platform to a few parts in 10^15", arguments: exponents)
    func exponential(_ x: Double) {
        let ours = PortableMath.exp(x), theirs = Foundation.exp(x)
        #expect(abs(ours - theirs) <= 4e-15 * theirs, "exp(\(x))")
    }

    static let logarithms: [Double] = [1e-300, 1e-9, 0.1, 0.5, 0.999, 1, 1.0001, 1.5, 2, 3, 10, 1e9, 1e300]

    @Test("portable log agrees with the platform to a few parts in 10^15", arguments: logarithms)
    func logarithm(_ x: Double) {
        let ours = PortableMath.log(x), theirs = Foundation.log(x)
        #expect(abs(ours - theirs) <= 4e-15 * max(abs(theirs), 1e-3), "log(\(x))")
    }

    @Test("Poisson draws average their mean")
    func poissonMean() {
        var random = SeededRandom(seed: 11)
        var total = 0
        for _ in 0..<20_000 { total += random.poisson(mean: 0.9) }
        // 20,000 draws of mean 0.9: expected 18,000, standard deviation √18,000 ≈ 134.
        #expect((17_500...18_500).contains(total))
    }
}
