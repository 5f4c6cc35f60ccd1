import CareModel

extension BudgetMonitor {
    /// The weekly price at or above which a placement is reported as high cost: £10,000.
    public static let highCostThreshold = Money(pounds: 10_000)

    /// Placements open at period end with a gross weekly price at or above `threshold`, dearest first.
    public func highCostPlacements(for period: Period, threshold: Money = highCostThreshold) -> [HighCostPlacement] {
        let asAt = period.last
        return openEntries(on: asAt).compactMap { entry -> HighCostPlacement? in
            let cost = entry.cost
            guard let gross = cost.grossWeekly(on: asAt, knownOn: asAt), gross >= threshold else { return nil }
            return HighCostPlacement(
                child: cost.child, placementStart: cost.placementStart, line: entry.line,
                providerName: cost.providerName, providerURN: cost.providerURN,
                grossWeekly: gross, netWeekly: cost.netWeekly(on: asAt, knownOn: asAt))
        }
        .sorted { ($1.grossWeekly, $0.child) < ($0.grossWeekly, $1.child) }
    }

    /// Placements in unregistered homes open at period end, longest first.
    public func unregisteredPlacements(for period: Period) -> [UnregisteredPlacement] {
        let asAt = period.last
        return openEntries(on: asAt).filter { $0.cost.registration == .unregistered }.map { entry in
            let cost = entry.cost
            return UnregisteredPlacement(
                child: cost.child, placementStart: cost.placementStart, line: entry.line,
                providerName: cost.providerName, weeksUnregistered: (cost.placementStart.days(to: asAt) + 1) / 7,
                grossWeekly: cost.grossWeekly(on: asAt, knownOn: asAt),
                netWeekly: cost.netWeekly(on: asAt, knownOn: asAt))
        }
        .sorted { ($1.weeksUnregistered, $0.child) < ($0.weeksUnregistered, $1.child) }
    }

    /// Entries open on `day`: started on or before it and not ended by it.
    func openEntries(on day: Day) -> [Entry] {
        entries.filter { $0.cost.placementStart <= day && ($0.cost.placementEnd.map { $0 > day } ?? true) }
    }
}
