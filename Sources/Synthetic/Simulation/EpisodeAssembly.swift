import CareModel

/// Cuts a planned period into episodes: a new episode whenever the placement, its PLACE code or the
/// legal status changes, with RNE saying which changed and REC X1 on every episode but the last.
enum EpisodeAssembly {
    static func episodes(of period: PlannedPeriod, child: String) -> [SimulatedEpisode] {
        let days = boundaries(of: period)
        var result: [SimulatedEpisode] = []
        result.reserveCapacity(days.count)
        for (i, day) in days.enumerated() {
            let next = i + 1 < days.count ? days[i + 1] : nil
            let p = period.placements.lastIndex { $0.start <= day }!
            let placement = period.placements[p]
            let phase = placement.phases.last { $0.start <= day }!
            let legal = period.legal.last { $0.day <= day }!
            var episode = Episode(
                childID: child, start: day, reasonNew: reason(i, placement, phase, legal, day),
                legalStatus: legal.status, categoryOfNeed: period.need, place: phase.place,
                provider: takesNoProvider(phase.place) ? nil : placement.providerType,
                end: next ?? period.end, reasonEnded: next == nil ? period.exit : .x1,
                homePostcode: period.homePostcode, placementPostcode: placement.postcode,
                urn: urn(phase, placement.provider),
                placementDistance: SyntheticDistance.miles(from: period.homePostcode, to: placement.postcode))
            if let next { episode.reasonPlaceChange = placeChange(at: next, in: period, from: p) }
            result.append(SimulatedEpisode(episode: episode, kind: phase.kind, provider: placement.provider))
        }
        return result
    }

    /// Every day something changes, in order.
    static func boundaries(of period: PlannedPeriod) -> [Day] {
        var days = period.legal.map(\.day)
        for placement in period.placements { days.append(contentsOf: placement.phases.map(\.start)) }
        days.sort()
        var unique: [Day] = []
        for day in days where unique.last != day { unique.append(day) }
        return unique
    }

    /// RNE: S first; then P or T for a new home or a new code with the same carers, L for legal status
    /// only, and B or U when the legal status changes the same day as the home or the code.
    static func reason(
        _ index: Int, _ placement: PlannedPlacement, _ phase: PlannedPlacement.Phase,
        _ legal: LegalChange, _ day: Day
    ) -> ReasonNewEpisode {
        if index == 0 { return .s }
        let legalChanged = legal.day == day
        if placement.start == day { return legalChanged ? .b : .p }
        if phase.start == day { return legalChanged ? .u : .t }
        return .l
    }

    /// REASON_PLACE_CHANGE of an episode ending on `day`: the move's reason when the child moves home,
    /// "change in the status of placement only" when only the code changes, none for a legal change.
    static func placeChange(at day: Day, in period: PlannedPeriod, from p: Int) -> ReasonPlaceChange? {
        if p + 1 < period.placements.count, period.placements[p + 1].start == day {
            return period.placements[p].moveReason
        }
        if period.placements[p].phases.contains(where: { $0.start == day }) { return .place }
        return nil
    }

    /// URN: the home's or agency's Ofsted number; `XXXXXXX` where none applies (with parents, placed
    /// for adoption, unregistered, and supported accommodation before it had to register).
    static func urn(_ phase: PlannedPlacement.Phase, _ provider: Provider?) -> String {
        switch phase.kind {
        case .withParents, .adoption, .unregistered: return noURN
        case .supported where phase.place != .k3: return noURN
        default: return provider?.urn ?? noURN
        }
    }

    /// Temporary moves and "other placements" (Z1 and its successors Z11–Z14) take no PLACE_PROVIDER.
    static func takesNoProvider(_ place: PlacementType) -> Bool { place.expectsNoProvider || place == .z1 }

    static let noURN = "XXXXXXX"
}
