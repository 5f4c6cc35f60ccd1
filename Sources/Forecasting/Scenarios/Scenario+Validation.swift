import CareModel

extension Scenario {
    /// Checks every lever's numbers are ones a council could mean; the first problem names the lever (from
    /// 1), the field and the rule.
    public func validate() throws(ScenarioError) {
        guard levers.count <= Self.maximumLevers else {
            throw .invalid(lever: Self.maximumLevers + 1, field: "levers", rule: "at most \(Self.maximumLevers)")
        }
        for (i, lever) in levers.enumerated() {
            if let (field, rule) = lever.problem { throw .invalid(lever: i + 1, field: field, rule: rule) }
        }
    }
}

extension Lever {
    /// The first field out of range, and the rule it breaks.
    var problem: (String, String)? {
        switch self {
        case .recruit(let l):
            return Self.outside(l.households, 1...1_000, "households") ?? Self.outside(l.placesEach, 1...10, "places")
                ?? Self.negative(l.costPerHousehold, "cost per household")
        case .openHome(let l):
            return Self.outside(l.beds, 1...50, "beds") ?? Self.outside(l.rampMonths, 0...36, "ramp months")
                ?? Self.outside(l.registrationDelayDays, 0...730, "registration delay")
                ?? Self.outside(l.registrationSpreadDays, 0...365, "registration spread")
                ?? Self.negative(l.weeklyRunningCost, "weekly running cost") ?? Self.negative(
                    l.capitalCost, "capital cost")
                ?? l.children.flatMap(\.problem)
        case .block(let l):
            if let until = l.until, until < l.from { return ("until", "must be on or after the start") }
            return Self.outside(l.beds, 1...100, "beds") ?? Self.negative(l.weeklyPrice, "weekly price")
        case .stepDown(let l):
            return Self.outside(l.perMonth, 1...100, "children a month")
                ?? l.targetWeekly.flatMap { Self.negative($0, "target weekly cost") } ?? l.children.flatMap(\.problem)
        case .entries(let l):
            return (-100...500).contains(l.percent) ? nil : ("percent", "must be from -100 to 500")
        case .priceUplift(let l):
            if l.kind == .notInCare { return ("kind", "must be a kind of home") }
            return (-100...500).contains(l.percent) ? nil : ("percent", "must be from -100 to 500")
        case .rates(let adjustments):
            return (1...200).contains(adjustments.count) ? nil : ("adjustments", "must be 1 to 200")
        }
    }

    static func outside(_ value: Int, _ range: ClosedRange<Int>, _ field: String) -> (String, String)? {
        range.contains(value) ? nil : (field, "must be from \(range.lowerBound) to \(range.upperBound)")
    }

    static func negative(_ amount: Money, _ field: String) -> (String, String)? {
        amount < .zero ? (field, "must not be negative") : nil
    }
}

extension ChildSelection {
    var problem: (String, String)? {
        switch self {
        case .named(let children):
            if children.isEmpty || children.count > 100 { return ("children", "name 1 to 100 children") }
            return nil
        case .highestCost(let count, _, let youngest, let oldest):
            if !(1...100).contains(count) { return ("children", "choose 1 to 100 children") }
            if !(0...17).contains(youngest) || !(0...17).contains(oldest) || youngest > oldest {
                return ("ages", "must be 0 to 17, youngest first")
            }
            return nil
        }
    }
}
