import CareModel
import Testing

@testable import Interchange
@testable import Synthetic

@Suite("Synthetic costs and providers")
struct SyntheticCostTests {
    typealias F = SyntheticFixture

    @Test("every child in care on 31 March has a price in force for the placement they are in")
    func everyPlacementPriced() {
        let day = F.yearEnds[5]
        for history in F.authority.histories {
            guard let episode = history.episode(on: day) else { continue }
            let row = F.costInForce(history.child.id, on: day)
            #expect(row != nil, "\(history.child.id)")
            let placement = Placement.placements(from: history.episodes).last { $0.start <= day }!
            #expect(row?.placementStart == placement.start)
            #expect(row?.place == episode.place)
        }
    }

    /// (budget line, range the median weekly cost in force on 31 March 2025 must fall in, pounds):
    /// the 2024 price bands, plus room for a year's uplift and support packages.
    static let medians: [(String, ClosedRange<Int64>)] = [
        (BudgetLineName.connectedCarers, 250...480),
        (BudgetLineName.inHouseFoster, 450...640),
        (BudgetLineName.externalFostering, 850...1_060),
        (BudgetLineName.externalResidential, 5_000...8_500),
        (BudgetLineName.unregistered, 12_000...22_000),
        (BudgetLineName.supportedLiving, 1_500...2_650),
    ]

    @Test("weekly prices sit in the 2024 market bands", arguments: medians)
    func prices(_ line: String, _ band: ClosedRange<Int64>) {
        let day = F.yearEnds[5]
        var costs: [Int64] = []
        for history in F.authority.histories where history.episode(on: day) != nil {
            if let row = F.costInForce(history.child.id, on: day), row.budgetLine == line {
                costs.append(row.weeklyCost.pence / 100)
            }
        }
        costs.sort()
        #expect(!costs.isEmpty, "\(line)")
        if !costs.isEmpty { #expect(band.contains(costs[costs.count / 2]), "\(line) median \(costs[costs.count / 2])") }
    }

    @Test("prices rise each April by 3–6% while a placement lasts")
    func aprilUplifts() {
        var rises: [Double] = []
        for (a, b) in zip(F.authority.costs, F.authority.costs.dropFirst())
        where a.child == b.child && a.placementStart == b.placementStart && a.budgetLine == b.budgetLine
            && b.effectiveFrom.month == 4 && b.effectiveFrom.dayOfMonth == 1 && a.weeklyCost.pence > 10_000
        {
            rises.append(Double(b.weeklyCost.pence - a.weeklyCost.pence) / Double(a.weeklyCost.pence))
        }
        rises.sort()
        #expect(rises.count > 100)
        #expect((0.03...0.06).contains(rises[rises.count / 2]))
        // A flat support package dilutes the rise; one starting or ending on 1 April moves it further.
        let inBand = rises.filter { (0.0...0.061).contains($0) }.count
        #expect(Double(inBand) / Double(rises.count) > 0.9)
    }

    @Test("cost rows use the seed report's budget lines and are sorted by child")
    func costRows() {
        let lines = Set(F.authority.costs.map(\.budgetLine))
        #expect(lines.isSubset(of: Set(BudgetLineName.all)))
        #expect(lines.count == BudgetLineName.all.count)
        let children = F.authority.costs.map(\.child)
        #expect(children == children.sorted())
        #expect(
            F.authority.costsCSV().text.hasPrefix(
                "child,placement_start,placement_end,place,provider_type,budget_line,weekly_cost,effective_from,"
                    + "urn,provider_name,registration,carer\r\n"))
    }

    @Test("providers have Ofsted-shaped URNs (none when unregistered), unique, covering the episodes")
    func providers() {
        let providers = F.authority.providers
        let urns = providers.compactMap(\.urn)
        #expect(Set(urns).count == urns.count)
        for p in providers {
            if p.registration == .unregistered {
                #expect(p.urn == nil)
            } else {
                #expect(Provider.isWellFormedURN(p.urn ?? ""))
            }
            #expect(p.postcode?.contains(" ") == true)
        }
        let episodeURNs = Set(F.authority.histories.flatMap(\.episodes).compactMap(\.urn)).subtracting(["XXXXXXX"])
        #expect(episodeURNs.isSubset(of: Set(urns)))
        #expect(providers[0].name == "Westmoor Council Fostering Service")
    }

    @Test("most homes are near the authority, some far away")
    func distances() {
        let postcodes = F.authority.histories.flatMap(\.episodes).filter { $0.category == .residentialExternal }
            .compactMap(\.placementPostcode)
        let local = postcodes.filter { code in ["PL", "TQ", "EX", "TR"].contains { code.hasPrefix($0) } }
        let share = Double(local.count) / Double(postcodes.count)
        #expect((0.3...0.7).contains(share), "\(share) of children's homes in the South West")
    }
}
