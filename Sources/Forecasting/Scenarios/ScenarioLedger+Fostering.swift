import CareModel

extension ScenarioLedger {
    /// New foster households approved evenly from the start to the lever's date; their places take the
    /// projection's children from the homes they replace, at the in-house price instead.
    mutating func apply(_ lever: RecruitLever) {
        let span = Double(max(1, register.start.days(to: lever.by)))
        let inHouse = register.average(.fosteringInHouse)
        let replaced = register.average(lever.instead.category)
        var approvedBefore = 0.0
        for k in 0..<days {
            let approved = min(Double(lever.households), Double(lever.households) * Double(k + 1) / span)
            spend(lever.costPerHousehold, times: (approved - approvedBefore) * 7, on: k)
            approvedBefore = approved
            let placed = take(approved * Double(lever.placesEach), from: lever.instead, on: k)
            avoid(replaced - inHouse, times: placed, on: k)
            move(placed, from: lever.instead.category, to: .fosteringInHouse, on: k)
        }
    }

    /// Children stepped down `perMonth` a month from the lever's date: the selected ones in order, at their
    /// own prices, or the projection's children in external residential homes at their average price.
    mutating func apply(_ lever: StepDownLever) throws(ScenarioError) {
        let target = lever.targetWeekly ?? register.average(lever.to)
        guard let selection = lever.children else { return stepDownGeneric(lever, target: target) }
        let children = try register.children(selection)
        for (i, child) in children.enumerated() {
            let moves = lever.from.adding(months: i / max(1, lever.perMonth))
            for k in indexes(from: moves) where movesOn(child, k) {
                occupy(from: child, to: lever.to, on: k)
                avoid(.zero - target, on: k)
            }
        }
    }

    /// Without named children: `perMonth` more each month, as far as the projection has children in
    /// external residential homes.
    mutating func stepDownGeneric(_ lever: StepDownLever, target: Money) {
        let residential = register.average(.residentialExternal)
        for k in indexes(from: lever.from) {
            let months = Double(lever.from.monthsStarted(through: day(k)))
            let stepped = take(Double(lever.perMonth) * months, from: .externalResidential, on: k)
            avoid(residential - target, times: stepped, on: k)
            move(stepped, from: .residentialExternal, to: lever.to, on: k)
        }
    }

    /// A price uplift: the projection's cost of the kind of home from the lever's date, times the percentage.
    mutating func apply(_ lever: PriceUpliftLever) {
        for (m, period) in projection.periods.enumerated() where period.last >= lever.from {
            let pence = projection.costs.pence(
                of: DemandAgeBand.allCases.map { DemandState($0, lever.kind) }, from: max(period.first, lever.from),
                through: period.last)
            investment[m] += pence * 7 * lever.percent / 100
        }
    }
}

extension Day {
    /// Months begun from this day through `day`: 1 on this day and until the same date next month, 2 from
    /// then, and so on; 0 before this day.
    func monthsStarted(through day: Day) -> Int {
        guard day >= self else { return 0 }
        var months = 1
        while adding(months: months) <= day { months += 1 }
        return months
    }
}
