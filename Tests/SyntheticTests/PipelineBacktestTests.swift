import CareModel
import Forecasting
import Testing

@testable import Synthetic

/// The recruitment pipeline forecast, back-tested on the generator's held-out year: trained on the events up
/// to 31 March 2024, it forecasts the approvals of April 2024 to March 2025, which the generator then made, and
/// is compared with the naive forecast (the 12 months before the cut-off repeated). One year of one authority
/// is a single draw of about 15 approvals (noise of about ±4 either way), so the comparison is over 20
/// independently seeded pipelines of a typical authority: the model's mean absolute error must be below the
/// naive one's. The errors are printed for the README.
@Suite("Recruitment pipeline forecast, back-tested")
struct PipelineBacktestTests {
    static let window = Day(iso: "2019-04-01")!...Day(iso: "2025-03-31")!

    @Test func beatsTheNaiveForecastOnTheHeldOutYear() {
        var model = 0.0, naive = 0.0
        let seeds = 1...20
        for seed in seeds {
            var random = SeededRandom(seed: UInt64(seed), stream: 0xF2_0000)
            let profile = AuthorityProfile(index: 0, seed: UInt64(seed))
            let events = RecruitmentPipeline.events(profile: profile, window: Self.window, random: &random)
            let result = PipelineForecast.backtest(events: events, cutoff: Day(iso: "2024-03-31")!)
            #expect(result.actual > 0)
            model += result.modelError
            naive += Double(result.naiveError)
        }
        let n = Double(seeds.count)
        print(
            "pipeline backtest over \(seeds.count) authorities: mean absolute error, model \(model / n), naive \(naive / n)"
        )
        #expect(model / n < naive / n)
    }
}
