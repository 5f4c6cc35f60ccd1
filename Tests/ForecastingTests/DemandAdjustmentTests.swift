import CareModel
import Testing

@testable import Forecasting

@Suite("Demand model: rate adjustments")
struct DemandAdjustmentTests {
    static let f = DemandRatesTests.fostering, r = DemandRatesTests.residential, x = DemandRatesTests.left

    /// F→R 0.1 and F→X 0.2 (total 0.3 out of F), entries into F 2 a day.
    static let rates = DemandProjectionTests.rates

    @Test(
        "adjusting F→R",
        arguments: [
            // ×3: 0.3 + 0.2 = 0.5 ≤ 1, nothing normalised.
            (RateAdjustment.Change.multiply(3), 0.3, 0.2),
            // +0.7: 0.8 + 0.2 = 1.0, not above 1, nothing normalised.
            (.add(0.7), 0.8, 0.2),
            // +0.75: 0.85 + 0.2 = 1.05 > 1; the adjusted 0.85 stays, F→X shares what is left: 0.2 · 0.15 / 0.2 = 0.15.
            (.add(0.75), 0.85, 0.15),
            // +0.9: 1.0 + 0.2 > 1 and the adjusted rate alone reaches 1: scaled to 1.0 / 1.0 = 1, F→X set to 0.
            (.add(0.9), 1.0, 0.0),
            // +1.1: 1.2 alone → 1.2 / 1.2 = 1, F→X 0.
            (.add(1.1), 1.0, 0.0),
            // −0.5: 0.1 − 0.5 floored at 0.
            (.add(-0.5), 0.0, 0.2),
        ])
    func adjustTransition(change: RateAdjustment.Change, toResidential: Double, toLeft: Double) {
        let adjusted = Self.rates.adjusted([RateAdjustment(.transition(from: Self.f, to: Self.r), change)])
        #expect(abs(adjusted[Self.f, Self.r] - toResidential) < 1e-12)
        #expect(abs(adjusted[Self.f, Self.x] - toLeft) < 1e-12)
        #expect(adjusted.entryRate(into: Self.f) == 2)
    }

    @Test("entry rates are changed but never normalised")
    func adjustEntry() {
        // 2 × 1.5 = 3 children a day, more than 1 and left as it is.
        let adjusted = Self.rates.adjusted([RateAdjustment(.entry(into: Self.f), .multiply(1.5))])
        #expect(adjusted.entryRate(into: Self.f) == 3)
        #expect(adjusted[Self.f, Self.r] == 0.1)
    }
}
