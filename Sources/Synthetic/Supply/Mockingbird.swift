import CareModel

/// Mockingbird constellations: a hub carer's home supporting six to ten nearby fostering households like an
/// extended family. Larger authorities run two. Households join from among the mainstream carers approved on
/// the data end, neighbours by postcode together.
enum Mockingbird {
    static func assign(_ households: inout [Household], dataEnd: Day, scale: Double, random: inout SeededRandom) {
        let members = households.indices
            .filter { households[$0].kind == .mainstream && households[$0].approvedPlaces(on: dataEnd) > 0 }
            .sorted { (households[$0].postcode ?? "", $0) < (households[$1].postcode ?? "", $1) }
        let count = scale >= 0.75 ? 2 : 1
        var cursor = 0
        for n in 1...count {
            let size = random.int(in: 6...10)
            let skip = random.int(in: 0...max(0, members.count / (2 * count) - size))
            guard cursor + skip + size <= members.count else { return }
            for i in members[(cursor + skip)..<(cursor + skip + size)] {
                households[i].constellation = "Mockingbird \(n)"
            }
            cursor += skip + size
        }
    }
}
