import CareModel

/// Prices the placements: a weekly price drawn at the going rate for the kind of home when it starts,
/// an uplift every April (3–6%), and now and then an additional support package that is later stepped
/// down. A placement gets a new row whenever its price or its PLACE code changes.
struct CostSchedule: Sendable {
    private var random: SeededRandom
    private let market: PriceIndex

    init(seed: UInt64, stream: UInt64) {
        random = SeededRandom(seed: seed, stream: stream)
        market = PriceIndex(random: &random)
    }

    /// Cost rows of every placement that overlaps `window`, child by child in ID order.
    mutating func rows(for histories: [(SimulatedChild, [CodedEpisode])], window: ClosedRange<Day>)
        -> [PlacementCostRow]
    {
        var rows: [PlacementCostRow] = []
        for (child, episodes) in histories {
            for placement in CodedEpisode.placements(episodes) {
                for run in CodedEpisode.runsOfKind(placement) {
                    rows.append(contentsOf: price(run, of: placement, child: child.id, window: window))
                }
            }
        }
        return rows
    }

    /// The rows of one stretch of a placement paid at one kind of rate.
    mutating func price(
        _ run: ArraySlice<CodedEpisode>, of placement: ArraySlice<CodedEpisode>, child: String,
        window: ClosedRange<Day>
    ) -> [PlacementCostRow] {
        let kind = run.first!.kind, start = run.first!.coded.start, end = run.last!.trueEnd
        let startYear = FinancialYear(containing: start).startYear
        let base = market.price(of: startingPrice(kind), from: 2024, to: startYear)
        let package = supportPackage(kind, from: start, to: end)
        let days = CostSchedule.changes(run, package: package)
        var rows: [PlacementCostRow] = []
        for (i, day) in days.enumerated() {
            let until = i + 1 < days.count ? days[i + 1] : end
            guard day <= window.upperBound, until > window.lowerBound else { continue }
            var weekly = market.price(of: base, from: startYear, to: FinancialYear(containing: day).startYear)
            if let package, package.start <= day, day < package.end { weekly = weekly + package.extra }
            let episode = run.last { $0.coded.start <= day }!.coded
            rows.append(
                PlacementCostRow(
                    child: child, placementStart: placement.first!.coded.start,
                    placementEnd: placement.last!.coded.end, place: episode.place,
                    providerType: episode.provider, budgetLine: kind.budgetLine,
                    weeklyCost: weekly, effectiveFrom: day,
                    urn: episode.urn == EpisodeAssembly.noURN ? nil : episode.urn))
        }
        return rows
    }

    /// The days a run's row changes, in order without repeats: its start, each 1 April, a support package
    /// starting and stopping, and a new PLACE code (short-term to long-term fostering, at the same price).
    static func changes(_ run: ArraySlice<CodedEpisode>, package: SupportPackage?) -> [Day] {
        let start = run.first!.coded.start, end = run.last!.trueEnd
        var days = [start]
        for year in stride(
            from: FinancialYear(containing: start).startYear + 1,
            through: FinancialYear(containing: end).startYear, by: 1)
        where FinancialYear(year).first < end {
            days.append(FinancialYear(year).first)
        }
        if let package { days.append(contentsOf: [package.start, package.end].filter { $0 < end }) }
        for (previous, next) in zip(run, run.dropFirst()) where next.coded.place != previous.coded.place {
            days.append(next.coded.start)
        }
        days.sort()
        var unique: [Day] = []
        for day in days where unique.last != day { unique.append(day) }
        return unique
    }

    /// A price at 2024-25 rates for a new placement of `kind`; a few unregistered placements cost far more.
    mutating func startingPrice(_ kind: PlacementKind) -> Money {
        if kind == .unregistered, random.chance(0.12) { return Money(pounds: Int64(random.int(in: 20_000...30_000))) }
        if kind == .withParents || kind == .adoption, random.chance(0.5) { return .zero }
        return Money(pounds: Int64(random.int(in: kind.weeklyPrice2024)))
    }

    /// Additional support (extra staffing, a therapeutic package) added some weeks in and stepped down
    /// some months later, for about one placement in seven where that happens.
    mutating func supportPackage(_ kind: PlacementKind, from start: Day, to end: Day) -> SupportPackage? {
        let extra: ClosedRange<Int>
        switch kind {
        case .externalHome, .inHouseHome: extra = 800...3_000
        case .unregistered: extra = 2_000...6_000
        case .inHouseFoster, .agencyFoster: extra = 100...300
        case .supported: extra = 300...900
        default: return nil
        }
        let length = start.days(to: end)
        guard length > 60, random.chance(0.15) else { return nil }
        let from = start.adding(days: random.int(in: 14...(length - 30)))
        return SupportPackage(
            start: from, end: from.adding(days: random.int(in: 30...240)),
            extra: Money(pounds: Int64(random.int(in: extra))))
    }
}

/// Extra weekly cost on top of a placement's price for a while.
struct SupportPackage: Sendable {
    var start: Day
    /// The day it is stepped down (it may be after the placement ends, in which case it never is).
    var end: Day
    var extra: Money
}
