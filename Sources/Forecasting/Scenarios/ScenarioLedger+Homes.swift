import CareModel

extension ScenarioLedger {
    /// A new in-house home: capital on opening, running costs from registration, beds filling over the
    /// ramp — the selected children first (from their own homes, at their own prices, until they would
    /// have left anyway), then the projection's children in external residential homes.
    mutating func apply(_ lever: HomeLever) throws(ScenarioError) {
        let children =
            try lever.children.map { selection throws(ScenarioError) in try register.children(selection) } ?? []
        spendOnce(lever.capitalCost, on: lever.opens)
        let rampDays = Double(lever.rampMonths * 30)
        for k in indexes(from: lever.earliestRegistration) {
            let share = lever.registeredShare(on: day(k))
            spend(lever.weeklyRunningCost, times: share, on: k)
            let open = Double(lever.registered.days(to: day(k)) + 1)
            let beds = rampDays > 0 ? Double(lever.beds) * min(1, max(1, open) / rampDays) : Double(lever.beds)
            var named = 0.0
            for (i, child) in children.enumerated() where Double(i) < beds.rounded(.down) {
                guard movesOn(child, k) else { continue }
                named += share
                occupy(from: child, to: .residentialInHouse, share: share, on: k)
            }
            let others = take(beds.rounded(.down) * share - named, from: .externalResidential, on: k)
            avoid(register.average(.residentialExternal), times: others, on: k)
        }
    }

    /// A block contract: every bed paid for, filled from the projection's children in external residential
    /// homes as far as there are any.
    mutating func apply(_ lever: BlockLever) {
        for k in indexes(from: lever.from, through: lever.until) {
            spend(lever.weeklyPrice, times: Double(lever.beds), on: k)
            let filled = take(Double(lever.beds), from: .externalResidential, on: k)
            avoid(register.average(.residentialExternal), times: filled, on: k)
        }
    }

    /// Whether a selected child is still in the home they would be moved from on day k: not past its
    /// planned end or the day before 18, and not ended in the register.
    func movesOn(_ child: PlacementCost, _ k: Int) -> Bool {
        let day = day(k)
        if let last = register.lastDay(of: child.child.child), day > last { return false }
        if let end = child.placementEnd, day > end { return false }
        return true
    }

    /// A selected child in a new home on day k: their own home's cost avoided, and one fewer free child in
    /// the projection's count of their kind of home.
    /// `share`: the chance the move has happened (below 1 while a home's registration may still be pending).
    mutating func occupy(from child: PlacementCost, to category: PlacementCategory, share: Double = 1, on k: Int) {
        avoid(child.netWeekly(on: day(k)), times: share, on: k)
        switch child.category {
        case .residentialExternal: _ = take(share, from: .externalResidential, on: k)
        case .fosteringAgency: _ = take(share, from: .agencyFostering, on: k)
        default: break
        }
        if let from = child.category { move(share, from: from, to: category, on: k) }
    }
}
