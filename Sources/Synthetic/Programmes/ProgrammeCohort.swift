import CareModel

/// One programme's plans in one council, chosen from the costs register: first children whose placement
/// really ended in what the programme works for (the achieved plans, up to the programme's share), then
/// children in a placement the programme works with on the day their plan is identified, most of them still
/// there at the data end. A child already in another programme's plan is left out.
struct ProgrammeCohort: Sendable {
    let design: ProgrammeDesign
    let authority: AuthorityCode
    let dataEnd: Day
    /// The days plans are identified on: the last fifteen months of the data, up to a week before its end.
    let identifying: ClosedRange<Day>

    init(design: ProgrammeDesign, authority: AuthorityCode, window: ClosedRange<Day>) {
        self.design = design
        self.authority = authority
        dataEnd = window.upperBound
        identifying = max(window.lowerBound, window.upperBound.adding(days: -456))...window.upperBound.adding(days: -7)
    }

    /// The plans, numbered in the order they were identified; their children are added to `taken`.
    func plans(
        _ records: [ChildPlacements], scale: Double, taken: inout Set<String>, random: inout SeededRandom
    ) -> [PlanDraft] {
        let wanted = max(2, Int((Double(random.int(in: design.typicalPlans)) * scale).rounded()))
        let free = records.filter { !taken.contains($0.child) }
        let found = free.compactMap { mover($0, random: &random) }
        let movers = random.shuffled(found)
        let achievedWanted = Int((Double(wanted) * random.double(in: design.achievedShare)).rounded())
        var chosen = Array(movers.prefix(achievedWanted))
        let moved = Set(free.filter { hasMoved($0) }.map(\.child))
        let others = random.shuffled(free.filter { !moved.contains($0.child) })
        let stayers = others.compactMap { stayer($0, random: &random) }
        chosen += pick(stayers, count: wanted - chosen.count, random: &random)
        var drafts = chosen.map { draft($0, random: &random) }
        drafts.sort { ($0.plan.identified, $0.plan.child) < ($1.plan.identified, $1.plan.child) }
        for i in drafts.indices {
            drafts[i].plan.id = ProgrammeCohort.reference(design.id, number: i + 1)
            taken.insert(drafts[i].plan.child)
        }
        return drafts
    }

    /// `count` of `stayers`, about four in five of them still in the placement at the data end and the rest
    /// whose placement ended first, topped up from either when the other runs short.
    func pick(_ stayers: [PlanCandidate], count: Int, random: inout SeededRandom) -> [PlanCandidate] {
        guard count > 0 else { return [] }
        let open = stayers.filter { $0.stay.end == nil }, ended = stayers.filter { $0.stay.end != nil }
        let fromEnded = min(ended.count, Int((Double(count) * random.double(in: 0.15...0.30)).rounded()))
        var chosen = Array(ended.prefix(fromEnded)) + open.prefix(count - fromEnded)
        if chosen.count < count { chosen += ended.dropFirst(fromEnded).prefix(count - chosen.count) }
        return chosen
    }

    /// Whether the child moved as the programme intends at some point of the identification window.
    func hasMoved(_ record: ChildPlacements) -> Bool {
        record.stays.contains { stay in
            design.achievement(of: stay, in: record).map { $0.day > identifying.lowerBound } ?? false
        }
    }

    /// The child's latest move the programme works for, with an identified day before it on which the
    /// child was in a placement the programme works with, or `nil`.
    func mover(_ record: ChildPlacements, random: inout SeededRandom) -> PlanCandidate? {
        for stay in record.stays.reversed() {
            guard let move = design.achievement(of: stay, in: record), move.day > identifying.lowerBound else {
                continue
            }
            let latest = min(identifying.upperBound, move.day.adding(days: -14))
            let preferred = move.day.adding(days: -random.int(in: 30...240))
            guard let day = identifiedDay(stay, of: record, latest: latest, preferred: preferred) else { return nil }
            return PlanCandidate(record: record, stay: stay, identified: day, move: move)
        }
        return nil
    }

    /// The child's latest placement the programme works with on a day of the identification window at
    /// least three weeks before it ended, with that day, or `nil`.
    func stayer(_ record: ChildPlacements, random: inout SeededRandom) -> PlanCandidate? {
        for stay in record.stays.reversed() {
            let latest = min(identifying.upperBound, stay.end.map { $0.adding(days: -21) } ?? identifying.upperBound)
            let earliest = max(identifying.lowerBound, stay.start.adding(days: design.settledDays))
            guard earliest <= latest else { continue }
            let preferred = Day(ordinal: random.int(in: earliest.ordinal...latest.ordinal))
            if let day = identifiedDay(stay, of: record, latest: latest, preferred: preferred) {
                return PlanCandidate(record: record, stay: stay, identified: day, move: nil)
            }
        }
        return nil
    }

    /// `preferred` kept between the identification window's start (or the day the child had been settled
    /// long enough) and `latest`, when the child is then the programme's age in a home it works with.
    func identifiedDay(_ stay: ProgrammeStay, of record: ChildPlacements, latest: Day, preferred: Day) -> Day? {
        let earliest = max(identifying.lowerBound, stay.start.adding(days: design.settledDays))
        guard earliest <= latest else { return nil }
        let day = min(max(preferred, earliest), latest)
        guard stay.isOpen(on: day), design.startsFrom(stay.category(on: day)),
            design.ages.contains(record.age(on: day))
        else { return nil }
        return day
    }

    /// "STEPS-007": the programme's reference and the plan's number, three digits at least.
    static func reference(_ programme: String, number: Int) -> String {
        let digits = String(number)
        return programme + "-" + String(repeating: "0", count: max(0, 3 - digits.count)) + digits
    }
}
