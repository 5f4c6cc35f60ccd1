import CareModel

/// Plans one period of care for a child: its route, legal statuses, homes, and how it ends.
struct CarePlanner: Sendable {
    let profile: AuthorityProfile
    let market: ProviderMarket
    let own: OwnProvision
    let homes: PlacementHomes

    init(profile: AuthorityProfile, market: ProviderMarket, own: OwnProvision) {
        self.profile = profile
        self.market = market
        self.own = own
        self.homes = PlacementHomes(profile: profile, market: market, own: own)
    }

    func plan(start: Day, dateOfBirth: Day, ledger: inout ResidentialLedger, random: inout SeededRandom)
        -> PlannedPeriod
    {
        let age = dateOfBirth.age(on: start)
        let eighteenth = dateOfBirth.birthday(18)
        let route = CareRoute.pick(age: age, random: &random)
        let adoption = route == .adoption ? AdoptionTimeline(start: start, random: &random) : nil
        let end = min(adoption?.adopted ?? start.adding(days: route.plannedDays(random: &random)), eighteenth)
        let court = route.isCourtRoute(age: age, random: &random)
        let legal = LegalTimeline.make(
            route: route, court: court, start: start, end: end, adoption: adoption,
            random: &random)
        let home = profile.postcodes.postcode(random.chance(0.85) ? .home : .nearby, random: &random)
        var placements = placements(
            route: route, start: start, end: end, dateOfBirth: dateOfBirth,
            adoption: adoption, ledger: &ledger, random: &random)
        for i in placements.indices where placements[i].lastKind == .withParents { placements[i].postcode = home }
        let exit = CareExit.reason(
            route: route, lastKind: placements[placements.count - 1].lastKind,
            atEighteen: end == eighteenth, age: age, random: &random)
        let need = random.pick([
            (CategoryOfNeed.n1, 60.0), (.n2, 3), (.n3, 3), (.n4, 7), (.n5, 15), (.n6, 3),
            (.n7, 0.3), (.n8, 8),
        ])
        return PlannedPeriod(
            start: start, end: end, exit: exit, need: need, homePostcode: home,
            placements: placements, legal: legal)
    }

    /// The homes of the period: moves until the route's last step (adoption, a spell placed with parents
    /// before going home), which takes the end of the period.
    func placements(
        route: CareRoute, start: Day, end: Day, dateOfBirth: Day, adoption: AdoptionTimeline?,
        ledger: inout ResidentialLedger, random: inout SeededRandom
    ) -> [PlannedPlacement] {
        var finalStep: Day? = adoption?.placedForAdoption
        if route == .returnHome, start.days(to: end) > 120, random.chance(0.5) {
            finalStep = end.adding(days: -random.int(in: 30...min(365, start.days(to: end) / 2)))
        }
        let settled = [.longTerm, .untilEighteen, .specialGuardianship].contains(route)
        let ffa = adoption != nil && dateOfBirth.age(on: start) <= 1 && random.chance(0.25)
        var result = moves(
            route: route, from: start, to: finalStep ?? end, dateOfBirth: dateOfBirth,
            settled: settled, ffa: ffa, ledger: &ledger, random: &random)
        if let finalStep {
            let kind: PlacementKind = adoption == nil ? .withParents : .adoption
            homes.finish(&result, with: kind, on: finalStep, end: end, random: &random)
        }
        return result
    }

    /// Consecutive placements from `start` to `end`, each chosen for the child's age at the time.
    func moves(
        route: CareRoute, from start: Day, to end: Day, dateOfBirth: Day, settled: Bool, ffa: Bool,
        ledger: inout ResidentialLedger, random: inout SeededRandom
    ) -> [PlannedPlacement] {
        var result: [PlannedPlacement] = []
        var cursor = start
        while cursor < end {
            let age = dateOfBirth.age(on: cursor)
            let previous = result.last?.lastKind
            var kind = PlacementChoice.kind(
                age: age, previous: previous, on: cursor,
                pressure: ledger.pressure(on: cursor), random: &random)
            if route == .remand && previous == nil { kind = CarePlanner.remandHome(age: age, random: &random) }
            if ffa && previous == nil { kind = .inHouseFoster }
            var stop = min(cursor.adding(days: PlacementChoice.days(kind, settled: settled, random: &random)), end)
            // Many move on to supported accommodation between 16 and 17½ rather than stay where they are.
            let moveOn = dateOfBirth.birthday(16).adding(days: random.int(in: 90...540))
            if cursor < moveOn, moveOn < stop, random.chance(kind.isResidential ? 0.6 : kind.isFostering ? 0.5 : 0) {
                stop = moveOn
            }
            if stop.days(to: end) < 14 { stop = end }
            if kind.isResidential { ledger.book(from: cursor, to: stop) }
            if !result.isEmpty { result[result.count - 1].moveReason = PlacementChoice.moveReason(random: &random) }
            var placement = homes.placement(kind, from: cursor, to: stop, random: &random)
            if ffa && previous == nil { placement.phases[0].place = .u5 }
            homes.settle(&placement, likely: settled, random: &random)
            result.append(placement)
            cursor = stop
        }
        return result
    }

    /// Where a remanded child is accommodated.
    static func remandHome(age: Int, random: inout SeededRandom) -> PlacementKind {
        random.pick([
            (.inHouseFoster, 20.0), (.agencyFoster, 15), (.externalHome, 35), (.secure, 20),
            (.supported, age >= 16 ? 15 : 0),
        ])
    }
}
