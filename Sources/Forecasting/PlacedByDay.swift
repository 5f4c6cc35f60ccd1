import CareModel

/// How many children each carer in the costs register has on each day of a range, worked out once for
/// every carer so that counting void days or empty beds costs a look-up per day, not a pass over the register.
///
/// Each placement adds one from its start to the day before its end (start ≤ day < end, see
/// `PlacementCost.isWithCarer(on:)`), recorded as a +1 and a −1 and summed along the days.
struct PlacedByDay {
    let first: Day
    let last: Day
    private let counts: [PlacementCost.CarerKey: [Int]]

    /// Counts for the days `first` through `last`, both included (none when `last` is before `first`).
    init(register: [PlacementCost], from first: Day, through last: Day) {
        self.first = first
        self.last = last
        let length = max(0, first.days(to: last) + 1)
        var changes: [PlacementCost.CarerKey: [Int]] = [:]
        for cost in register {
            guard length > 0, let key = cost.carerKey else { continue }
            let from = max(cost.placementStart, first)
            let through = min(cost.placementEnd.map { $0.adding(days: -1) } ?? last, last)
            guard from <= through else { continue }
            changes[key, default: [Int](repeating: 0, count: length + 1)][first.days(to: from)] += 1
            changes[key]![first.days(to: through) + 1] -= 1
        }
        counts = changes.mapValues { deltas in
            var running = 0
            return deltas.dropLast().map { delta in
                running += delta
                return running
            }
        }
    }

    /// Children with the carer on each day of the range (index 0 is `first`); `nil` when it had none.
    func placed(with key: PlacementCost.CarerKey) -> [Int]? { counts[key] }

    /// Children with the carer on `day` (zero outside the range).
    func placed(with key: PlacementCost.CarerKey, on day: Day) -> Int {
        guard day >= first, day <= last, let days = counts[key] else { return 0 }
        return days[first.days(to: day)]
    }
}
