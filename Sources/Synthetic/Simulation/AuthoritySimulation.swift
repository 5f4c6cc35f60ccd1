import CareModel

/// Runs one authority: children arrive day by day, each child's time in care is simulated to its end,
/// and what overlaps the returns is kept.
struct AuthoritySimulation: Sendable {
    let profile: AuthorityProfile
    let market: ProviderMarket
    let settings: SyntheticRegion.Settings

    /// New children (first entries) a month in a typical authority; re-entries add about a tenth more.
    static let firstEntriesPerMonth = 28.0

    /// Children in care on a day in a typical authority, as these rates give.
    static let typicalStock = 575.0

    /// Entries by calendar month (January first): a summer peak and a December dip, averaging 1.
    static let monthFactors: [Double] = {
        let raw = [0.97, 0.95, 1.0, 0.98, 1.02, 1.06, 1.22, 1.22, 1.03, 1.0, 0.95, 0.78]
        let mean = raw.reduce(0, +) / 12
        return raw.map { $0 / mean }
    }()

    func run() -> SyntheticAuthority {
        let window = settings.window
        var ownRandom = SeededRandom(seed: settings.seed, stream: 0xD0_0000 + UInt64(profile.index))
        let own = OwnProvision(profile: profile, random: &ownRandom)
        let life = ChildLife(planner: CarePlanner(profile: profile, market: market, own: own))
        var random = SeededRandom(seed: settings.seed, stream: 1 + UInt64(profile.index))
        var ids = ChildIDs()
        var children: [SimulatedChild] = []
        // Eighteen years of warm-up, so children who came into care as babies are in the first return.
        let warmUp = window.lowerBound.adding(days: -(18 * 365 + 30))
        let perDay = AuthoritySimulation.firstEntriesPerMonth * 12 / 365.25 * profile.scale
        var ledger = ResidentialLedger(
            from: warmUp, through: window.upperBound,
            typicalStock: AuthoritySimulation.typicalStock * profile.scale)
        for ordinal in warmUp.ordinal...window.upperBound.ordinal {
            let day = Day(ordinal: ordinal)
            let arrivals = random.poisson(mean: perDay * AuthoritySimulation.monthFactors[day.month - 1])
            for _ in 0..<arrivals {
                var child = SimulatedChild.entering(on: day, id: ids.next(random: &random), random: &random)
                life.live(&child, from: day, horizon: window.upperBound, ledger: &ledger, random: &random)
                if child.lastDay >= window.lowerBound { children.append(child) }
            }
        }
        children.sort { $0.id < $1.id }
        return assemble(children, own: own)
    }

    func assemble(_ children: [SimulatedChild], own: OwnProvision) -> SyntheticAuthority {
        let years = settings.returnYears
        let coded = children.map { ($0, codedEpisodes(of: $0, years: years)) }.filter { !$0.1.isEmpty }
        let histories = coded.map { child, episodes in
            ChildHistory(
                authority: profile.code, child: ReturnCoding.child(child, in: latestYear(episodes, years)),
                episodes: episodes.map(\.coded))
        }
        var schedule = CostSchedule(seed: settings.seed, stream: 0xC0_0000 + UInt64(profile.index))
        var costs = schedule.rows(for: coded, window: settings.window)
        let providers = self.providers(children, own: own)
        let supply = SyntheticSupply.build(
            .init(
                profile: profile, settings: settings, own: own, costs: costs, histories: histories,
                providers: providers))
        supply.assignCarers(to: &costs)
        let programmes = SyntheticProgrammes.build(
            .init(profile: profile, settings: settings, costs: costs, histories: histories))
        return SyntheticAuthority(
            code: profile.code, name: profile.name, histories: histories, providers: providers, costs: costs,
            returnYears: years, households: supply.households, homes: supply.homes,
            recruitmentEvents: supply.recruitmentEvents, programmes: programmes.programmes, plans: programmes.plans,
            children: coded.map(\.0))
    }

    /// The child's episodes that overlap the returns, each coded as in the latest return that lists it.
    func codedEpisodes(of child: SimulatedChild, years: [FinancialYear]) -> [CodedEpisode] {
        let first = years[0], last = years[years.count - 1]
        return child.episodes.compactMap { simulated in
            let end = simulated.episode.end!
            guard simulated.episode.start <= last.last, end >= first.first else { return nil }
            let year = ReturnCoding.latestYear(of: simulated.episode, last: last)
            return CodedEpisode(coded: ReturnCoding.episode(simulated, in: year), kind: simulated.kind, trueEnd: end)
        }
    }

    /// The latest return the child appears in, whose header the history keeps.
    func latestYear(_ episodes: [CodedEpisode], _ years: [FinancialYear]) -> FinancialYear {
        let last = years[years.count - 1]
        return episodes.map { ReturnCoding.latestYear(of: $0.coded, last: last) }.max() ?? last
    }

    /// The council's own services, then every market provider used in the returns, by name.
    func providers(_ children: [SimulatedChild], own: OwnProvision) -> [Provider] {
        let window = settings.window
        var seen = Set(own.all.map(ProviderMarket.identity))
        var used: [Provider] = []
        for child in children {
            for simulated in child.episodes
            where simulated.episode.start <= window.upperBound
                && simulated.episode.end! >= window.lowerBound
            {
                guard let provider = simulated.provider, seen.insert(ProviderMarket.identity(provider)).inserted else {
                    continue
                }
                used.append(provider)
            }
        }
        used.sort { ($0.name, $0.urn ?? "") < ($1.name, $1.urn ?? "") }
        return own.all + used
    }
}
