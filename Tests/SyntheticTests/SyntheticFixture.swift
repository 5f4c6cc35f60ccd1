import CareModel

@testable import Interchange
@testable import Synthetic

/// One authority, six returns, seed 7: generated once and shared by the synthetic generator's tests.
enum SyntheticFixture {
    static let settings = SyntheticRegion.Settings(seed: 7, authorities: 1, years: 6)
    static let region = SyntheticRegion.generate(settings)
    static var authority: SyntheticAuthority { region.authorities[0] }
    /// 31 March 2020 … 31 March 2025.
    static var yearEnds: [Day] { authority.returnYears.map(\.last) }

    /// Cost rows by child, in file order.
    static let costsByChild: [String: [PlacementCostRow]] = Dictionary(grouping: authority.costs, by: \.child)

    /// The cost row in force on `day` for the placement a child is in then.
    static func costInForce(_ child: String, on day: Day) -> PlacementCostRow? {
        costsByChild[child]?.last {
            $0.effectiveFrom <= day && $0.placementStart <= day
                && ($0.placementEnd.map { day < $0 } ?? true)
        }
    }

    /// Children in care on `day` in each category.
    static func byCategory(on day: Day) -> [PlacementCategory: Int] {
        var counts: [PlacementCategory: Int] = [:]
        for cell in authority.stock(on: day) { counts[cell.category, default: 0] += cell.children }
        return counts
    }
}
