import CareModel
import Testing

@testable import Forecasting

/// Projections of a group: sex and UASC choose the children the model learns from; an age band keeps only
/// that band's states in the points.
@Suite("Demand model: projecting a group of children")
struct DemandGroupTests {
    static let several = DemandProjectionRunTests.several

    /// The Markov projection is linear in its states, so the five single-band runs add up to the whole run
    /// on every day, and each run holds nobody outside its band.
    @Test func ageBandsAddUpToTheWhole() async throws {
        let whole = try await DemandProjection.run(DemandProjectionSettings(months: 6), histories: Self.several)
        var sum = [Double](repeating: 0, count: whole.markov?.count ?? 0)
        for band in AgeBand.allCases {
            var settings = DemandProjectionSettings(months: 6)
            settings.group = ChildGroup(ageBand: band)
            let part = try await DemandProjection.run(settings, histories: Self.several)
            for (i, point) in (part.markov ?? []).enumerated() {
                sum[i] += point.meanInCare
                let outside = DemandState.all.filter { $0.ageBand != DemandAgeBand(band) }
                #expect(outside.allSatisfy { point.mean(of: $0) == 0 && point.variance(of: $0) == 0 })
            }
        }
        for (point, total) in zip(whole.markov ?? [], sum) {
            #expect(abs(point.meanInCare - total) < 1e-9)
        }
    }

    /// Every child of `several` is a boy: a girls' projection has nobody to learn from; a boys' one is the
    /// whole projection.
    @Test func sexChoosesTheChildren() async throws {
        var settings = DemandProjectionSettings(months: 3)
        settings.group = ChildGroup(sex: .female)
        await #expect(throws: DemandProjectionError.noChildren) {
            try await DemandProjection.run(settings, histories: Self.several)
        }
        settings.group = ChildGroup(sex: .male)
        let boys = try await DemandProjection.run(settings, histories: Self.several)
        let whole = try await DemandProjection.run(DemandProjectionSettings(months: 3), histories: Self.several)
        #expect(boys.markov == whole.markov)
    }

    /// UASC means ever recorded as UASC: child C1, whose status ceased before the data began, still counts.
    @Test func uascMeansEverRecorded() async throws {
        var histories = Self.several
        histories[1].child.uasc = UASCStatus(ceased: Day(iso: "2020-01-01")!)
        var settings = DemandProjectionSettings(months: 3)
        settings.group = ChildGroup(uasc: .uasc)
        let uasc = try await DemandProjection.run(settings, histories: histories)
        let alone = try await DemandProjection.run(DemandProjectionSettings(months: 3), histories: [histories[1]])
        #expect(uasc.markov == alone.markov)
    }

    @Test func anAgeBandNeedsTheMarkovMethod() {
        var settings = DemandProjectionSettings(months: 3, method: .montecarlo, paths: 10)
        settings.group = ChildGroup(ageBand: .age5to9)
        #expect(throws: DemandProjectionError.ageBandNeedsMarkov) { try settings.validate() }
    }
}
