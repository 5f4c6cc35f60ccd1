import CareModel
import Testing

@testable import Interchange
@testable import Synthetic

@Suite("Synthetic supply: foster households, children's homes, recruitment")
struct SyntheticSupplyTests {
    typealias F = SyntheticFixture

    /// One child's placement with a council carer, as the costs register gives it.
    struct Stay: Sendable, Hashable {
        var carer: String
        var child: String
        var start: Day
        var end: Day?

        /// The strictest reading: the child takes the place on the end day too.
        func covers(_ day: Day) -> Bool { start <= day && (end.map { day <= $0 } ?? true) }
        /// As the returns count: from the first day up to, not including, the end day.
        func inCare(on day: Day) -> Bool { start <= day && (end.map { day < $0 } ?? true) }
    }

    static var dataEnd: Day { F.authority.dataEnd }

    /// Placements by carer, from the costs rows' carer column.
    static let stays: [String: [Stay]] = {
        let all = F.authority.costs.compactMap { row in
            row.carer.map { Stay(carer: $0, child: row.child, start: row.placementStart, end: row.placementEnd) }
        }
        return Dictionary(grouping: Set(all), by: \.carer)
    }()

    /// Every seventh day of the returns and the data end, plus every day a carer's child arrives or leaves.
    static func days(for stays: [Stay]) -> [Day] {
        let window = F.settings.window
        var days = stride(from: window.lowerBound.ordinal, through: window.upperBound.ordinal, by: 7).map {
            Day(ordinal: $0)
        }
        days.append(window.upperBound)
        for stay in stays {
            days.append(stay.start)
            if let end = stay.end { days.append(end) }
        }
        return days.filter { $0 >= window.lowerBound && $0 <= window.upperBound }
    }

    @Test("the same seed gives the same households, homes, recruitment and carers")
    func determinism() {
        let again = SyntheticRegion.generate(F.settings).authorities[0]
        #expect(again.households == F.authority.households)
        #expect(again.homes == F.authority.homes)
        #expect(again.recruitmentEvents == F.authority.recruitmentEvents)
        #expect(again.costs.map(\.carer) == F.authority.costs.map(\.carer))
    }

    @Test("every in-house and connected foster placement names a household, every council home one a home")
    func everyPlacementHasACarer() {
        let households = Set(F.authority.households.map(\.id)), homes = Set(F.authority.homes.map(\.id))
        var missing: [String] = []
        for row in F.authority.costs {
            let category = PlacementCategory(
                place: row.place, provider: row.providerType, year: FinancialYear(containing: row.effectiveFrom))
            let known: Bool
            switch category {
            case .fosteringInHouse, .fosteringRelativeFriend:
                known = row.carer.map { households.contains($0) } ?? false
            case .residentialInHouse:
                known = row.carer.map { homes.contains($0) && $0.hasPrefix("HOME-") } ?? false
            default:
                known = row.carer.map { households.contains($0) || homes.contains($0) } ?? true
            }
            if !known { missing.append("\(row.child) \(row.placementStart.iso) \(category.rawValue)") }
        }
        #expect(missing.isEmpty, "\(missing.prefix(5))")
        #expect(F.authority.households.count > 50)
    }

    @Test("no household ever has more children than its places less those on hold, end days counted")
    func householdsWithinPlaces() {
        var problems: [String] = []
        for household in F.authority.households {
            let stays = Self.stays[household.id] ?? []
            if let first = stays.map(\.start).min(), household.approved >= first {
                problems.append("\(household.id) approved \(household.approved.iso), first child \(first.iso)")
            }
            for day in Self.days(for: stays) {
                let placed = stays.filter { $0.covers(day) }.count
                let free = household.approvedPlaces(on: day) - household.placesOnHold(on: day)
                if placed > free { problems.append("\(household.id) \(day.iso): \(placed) placed, \(free) free") }
            }
        }
        #expect(problems.isEmpty, "\(problems.prefix(5))")
    }

    @Test("households look like a council's: 1–3 mainstream places, connected places for their children")
    func householdShapes() {
        let households = F.authority.households
        let mainstream = households.filter { $0.kind == .mainstream }
        #expect(mainstream.allSatisfy { (1...3).contains($0.places) })
        let twos = mainstream.filter { $0.places == 2 }.count
        #expect(twos > mainstream.filter { $0.places == 1 }.count && twos > mainstream.filter { $0.places == 3 }.count)
        #expect(households.contains { $0.kind == .specialist })
        #expect(households.contains { $0.constellation != nil })
        #expect(households.allSatisfy { h in h.statuses.allSatisfy { $0.day > h.approved } })
        for household in households where household.kind == .connected {
            var spells = CareSpells()
            for stay in Self.stays[household.id] ?? [] {
                spells.add(stay.start.ordinal...(stay.end ?? Self.dataEnd.adding(days: 1)).ordinal)
            }
            #expect(household.places == max(1, spells.busiest), "\(household.id)")
        }
        let fees = households.compactMap(\.weeklyFee), allowances = households.compactMap(\.weeklyAllowance)
        #expect(fees.allSatisfy { (15_000...45_000).contains($0.pence) })
        #expect(allowances.allSatisfy { (20_000...30_000).contains($0.pence) })
    }

    @Test("a household resigns only when it has no child then or afterwards")
    func resignations() {
        let resigned = F.authority.households.compactMap { h in
            h.statuses.last { $0.status == .resigned }.map { (h, $0) }
        }
        #expect(!resigned.isEmpty)
        for (household, change) in resigned {
            let stays = Self.stays[household.id] ?? []
            #expect(stays.allSatisfy { $0.end.map { $0 < change.day } ?? false }, "\(household.id)")
            #expect(change.reason != nil)
        }
    }

    @Test("a tenth to a fifth of places are free on the data end, and the truth file counts them from the register")
    func vacancies() {
        let rows = F.authority.vacancies(on: Self.dataEnd)
        let places = rows.reduce(0) { $0 + $1.places }, free = rows.reduce(0) { $0 + $1.vacancies }
        #expect((0.10...0.20).contains(Double(free) / Double(places)), "\(free) of \(places)")
        for row in rows {
            let placed = (Self.stays[row.household] ?? []).filter { $0.inCare(on: Self.dataEnd) }.count
            #expect(row.placed == placed && row.vacancies == row.places - placed - row.onHold, "\(row.household)")
        }
        let lines = F.authority.expectedVacanciesCSV().text.split(separator: "\r\n")
        #expect(lines.first == "household,places,placed,on_hold,vacancies")
        #expect(lines.count == rows.count + 1)
    }

    @Test("children's homes are never over their beds; one home is planned and the block is three beds")
    func homesWithinBeds() {
        var problems: [String] = []
        for home in F.authority.homes {
            let stays = Self.stays[home.id] ?? []
            for day in Self.days(for: stays) where stays.filter({ $0.covers(day) }).count > home.beds(on: day) {
                problems.append("\(home.id) on \(day.iso)")
            }
        }
        #expect(problems.isEmpty, "\(problems.prefix(5))")
        let council = F.authority.homes.filter { $0.kind == .council && $0.registered != nil }
        #expect(council.count >= 2 && council.allSatisfy { $0.urn?.hasPrefix("SC") == true })
        let planned = F.authority.homes.filter { $0.plannedOpening != nil }
        #expect(planned.count == 1)
        #expect(planned.first?.plannedOpening.map { $0 > Self.dataEnd } == true)
        #expect(planned.first?.registrationStage == "application submitted")
        let block = F.authority.homes.filter { $0.kind == .block }
        #expect(block.count == 1)
        #expect(block.first?.beds == 3)
        #expect(block.first?.weeklyBedPrice.map { (500_000...650_000).contains($0.pence) } == true)
        #expect(block.first.map { $0.contractStart! <= F.authority.returnYears.last!.first } == true)
        #expect(block.first.map { $0.contractEnd! >= Self.dataEnd } == true)
        #expect(!(Self.stays[BlockContract.id] ?? []).isEmpty)
    }

    /// Prospects who enquired by `day`.
    static func enquired(by day: Day) -> Set<String> {
        Set(F.authority.recruitmentEvents.filter { $0.stage == .enquiry && $0.day <= day }.map(\.prospect))
    }

    static func reached(_ stage: RecruitmentStage) -> Set<String> {
        Set(F.authority.recruitmentEvents.filter { $0.stage == stage }.map(\.prospect))
    }

    @Test("30–40% of enquiries never apply, and about one in eight is approved")
    func attrition() {
        let enquired = Self.enquired(by: Self.dataEnd.adding(days: -120))
        let applied = Self.reached(.application).intersection(enquired)
        let neverApplied = 1 - Double(applied.count) / Double(enquired.count)
        #expect((0.30...0.40).contains(neverApplied), "\(neverApplied)")
        let early = Self.enquired(by: Self.dataEnd.adding(days: -400))
        let approved = Double(Self.reached(.approval).intersection(early).count) / Double(early.count)
        #expect((0.08...0.18).contains(approved), "\(approved)")
    }

    @Test("enquiries dip in the summer holidays, below each year's average month")
    func summerDip() {
        let enquiries = F.authority.recruitmentEvents.filter { $0.stage == .enquiry }
        for year in F.authority.returnYears {
            let inYear = enquiries.filter { year.contains($0.day) }
            let summer = inYear.filter { (6...8).contains($0.day.month) }.count
            #expect(Double(summer) / 3 < Double(inYear.count) / 12, "\(year.label)")
            #expect((6...14).contains(inYear.count / 12), "\(year.label): \(inYear.count)")
        }
    }

    @Test("each prospect moves forward through the funnel until approval or withdrawal, up to the data end")
    func journeys() {
        let byProspect = Dictionary(grouping: F.authority.recruitmentEvents, by: \.prospect)
        for (prospect, events) in byProspect {
            let stages = events.sorted { ($0.day, $0.stage) < ($1.day, $1.stage) }.map(\.stage)
            let forward = stages.filter { $0 != .withdrawn }
            #expect(forward == Array(RecruitmentStage.funnel.prefix(forward.count)), "\(prospect)")
            if stages.contains(.withdrawn) {
                #expect(stages.last == .withdrawn && stages.filter { $0 == .withdrawn }.count == 1, "\(prospect)")
            }
            #expect(events.allSatisfy { $0.day <= Self.dataEnd })
            #expect(events.allSatisfy { ($0.stage == .withdrawn) == ($0.withdrawalReason != nil) })
            #expect(events.allSatisfy { ($0.stage == .enquiry) == ($0.channel != nil) })
        }
        let funnel = F.authority.recruitmentFunnel()
        #expect(funnel.count == F.authority.returnYears.count * RecruitmentStage.allCases.count)
        let last = F.authority.returnYears.last!
        let enquiries = F.authority.recruitmentEvents.filter { $0.stage == .enquiry && last.contains($0.day) }.count
        #expect(funnel.first { $0.year == last && $0.stage == .enquiry }?.prospects == enquiries)
    }
}
