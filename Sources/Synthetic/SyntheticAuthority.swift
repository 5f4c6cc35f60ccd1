import CareModel

/// One fictional authority's simulated children in care, the homes they live in and what they cost.
public struct SyntheticAuthority: Sendable {
    /// Three digits no real authority uses, e.g. "990".
    public var code: AuthorityCode
    /// Invented, e.g. "Westmoor".
    public var name: String
    /// The children as the returns show them, sorted by child ID: every episode that overlaps the
    /// returns, coded as in the latest return that lists it (so an episode still open on the last
    /// 31 March has no end). This is what importing the returns should give back.
    public var histories: [ChildHistory]
    /// The council's own services first, then the market providers its children were placed with.
    public var providers: [Provider]
    /// Weekly cost of every placement in the returns, one row per change of price.
    public var costs: [PlacementCostRow]
    /// The collection years of the returns, oldest first.
    public var returnYears: [FinancialYear]
    /// The council's foster households, by reference ("FC-0001"): every in-house and connected foster
    /// placement in `costs` names one as its carer, and none ever has more children than places free.
    public var households: [Household]
    /// The council's children's homes ("HOME-1", one of them not yet open) and its block contract
    /// ("BLOCK-1"); council home placements and some external ones in `costs` name one as their carer.
    public var homes: [ChildrensHome]
    /// Prospective foster carers' enquiries and progress through assessment up to the data end, by day.
    public var recruitmentEvents: [RecruitmentEvent]
    /// The council's programmes ("STEPS", "RCRC", "HOME", and "FWD" in some councils), each with its
    /// savings targets for the financial year holding the data end and the next.
    public var programmes: [Programme]
    /// The children's plans in the programmes, programme by programme, each in the order it was identified
    /// ("STEPS-001"): every one is for a child in the costs register in a placement open on the day it was
    /// identified, and is achieved only when the register shows the child's move (or leaving care).
    public var plans: [ProgrammePlan]

    /// The simulated children (with what the per-year coding needs), sorted by ID.
    var children: [SimulatedChild]

    /// Children in care on `day` by category and age band, counted from `histories` (DECOM ≤ day < DEC),
    /// only non-zero cells, in category then age band order. Meaningful for days the returns cover.
    public func stock(on day: Day) -> [InCareCount] {
        let bands = AgeBand.allCases, categories = PlacementCategory.allCases
        var cells = [Int](repeating: 0, count: bands.count * categories.count)
        for history in histories {
            guard let episode = history.episode(on: day) else { continue }
            let band = AgeBand(age: history.child.age(on: day))
            let category = PlacementCategory(
                place: episode.place, provider: episode.provider,
                year: FinancialYear(containing: episode.start))
            cells[categories.firstIndex(of: category)! * bands.count + bands.firstIndex(of: band)!] += 1
        }
        var result: [InCareCount] = []
        for (c, category) in categories.enumerated() {
            for (b, band) in bands.enumerated() where cells[c * bands.count + b] > 0 {
                result.append(
                    InCareCount(
                        date: day, authority: code, category: category, ageBand: band,
                        children: cells[c * bands.count + b]))
            }
        }
        return result
    }

    /// Children in care on `day` (all categories and ages).
    public func childrenInCare(on day: Day) -> Int { stock(on: day).reduce(0) { $0 + $1.children } }
}
