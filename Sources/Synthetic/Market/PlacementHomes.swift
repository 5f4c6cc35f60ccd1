import CareModel

/// Finds the home for a placement: the provider, the provider type and where the child lives.
struct PlacementHomes: Sendable {
    let profile: AuthorityProfile
    let market: ProviderMarket
    let own: OwnProvision

    /// The authority's own postcode cluster, where most local providers are.
    var cluster: Int { profile.index % PostcodeArea.clusters.count }

    /// A placement of `kind` from `start` to `end` with one phase.
    func placement(_ kind: PlacementKind, from start: Day, to end: Day, random: inout SeededRandom) -> PlannedPlacement
    {
        let place = kind.place(startingOn: start, random: &random)
        let provider = self.provider(kind, random: &random)
        let postcode: String
        switch kind {
        case .kinship: postcode = profile.postcodes.postcode(farShare: 0.15, random: &random)
        case .inHouseFoster: postcode = profile.postcodes.postcode(farShare: 0.03, random: &random)
        case .agencyFoster: postcode = profile.postcodes.postcode(farShare: 0.15, random: &random)
        case .adoption: postcode = profile.postcodes.postcode(farShare: 0.3, random: &random)
        case .withParents: postcode = ""  // the family home: filled in from the period's HOME_POST
        default: postcode = provider?.postcode ?? profile.postcodes.postcode(.home, random: &random)
        }
        return PlannedPlacement(
            start: start, end: end, phases: [.init(start: start, kind: kind, place: place)],
            provider: provider, providerType: provider?.providerType ?? .pr0,
            postcode: postcode, moveReason: nil)
    }

    /// The provider of a placement of `kind`: the council's own service or one from the market.
    func provider(_ kind: PlacementKind, random: inout SeededRandom) -> Provider? {
        switch kind {
        case .kinship, .inHouseFoster: own.fostering
        case .inHouseHome: random.element(of: own.homes)
        case .withParents: nil
        case .adoption where random.chance(0.7): own.adoption
        case .agencyFoster, .supported: market.pick(kind, cluster: cluster, localShare: 0.75, random: &random)
        case .externalHome: market.pick(kind, cluster: cluster, localShare: 0.4, random: &random)
        case .secure: market.pick(kind, cluster: cluster, localShare: 0.2, random: &random)
        case .unregistered, .motherAndBaby, .adoption:
            market.pick(kind, cluster: cluster, localShare: 0.5, random: &random)
        }
    }

    /// Many foster placements become the child's long-term home with the same carers: a new PLACE code
    /// (U6 → U4, U3 → U1) some months in, recorded as a change of placement with the same carers.
    func settle(_ placement: inout PlannedPlacement, likely: Bool, random: inout SeededRandom) {
        let first = placement.phases[0]
        let length = placement.start.days(to: placement.end)
        guard let longTerm = first.kind.longTermPlace, [.u3, .u6].contains(first.place), length > 200,
            random.chance(likely ? 0.7 : 0.25)
        else { return }
        let day = placement.start.adding(days: random.int(in: 120...min(400, length - 14)))
        placement.phases.append(.init(start: day, kind: first.kind, place: longTerm))
    }

    /// The route's last step from `day` to `end`: placed for adoption (with the foster carers who become
    /// the adopters, or with new adopters), or placed back with parents before care ends.
    func finish(
        _ placements: inout [PlannedPlacement], with kind: PlacementKind, on day: Day, end: Day,
        random: inout SeededRandom
    ) {
        let last = placements.count - 1
        if kind == .adoption, placements[last].phases[0].kind.isFostering,
            placements[last].phases[0].place == .u5 || random.chance(0.15)
        {
            placements[last].phases.append(.init(start: day, kind: .adoption, place: random.chance(0.85) ? .a5 : .a3))
            placements[last].end = end
            return
        }
        placements[last].moveReason = .carpl
        placements.append(placement(kind, from: day, to: end, random: &random))
    }
}
