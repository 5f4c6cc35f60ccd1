import CareModel

/// Do we have enough of the right homes? For each month and each kind of the council's own homes: the
/// children expected to need one, the places expected to be there, the shortfall, and what the shortfall
/// costs when those children are placed in the market instead (Children Act 1989 s22G).
///
/// The rules, which the README sets out:
/// - demand for kinship and in-house fostering is the projected fostering demand times each one's share;
///   demand for council beds is the projected residential demand times the council's share;
/// - in-house places grow by each month's expected approvals × places per approval and shrink by the
///   monthly resignation rate (compounded on the month's places); kinship places stay as they are (connected
///   carers are approved for the child, as the child arrives); council beds are as the homes say;
/// - shortfall = demand − supply when positive, and costs shortfall × the market's weekly price × the
///   month's days ÷ 7 (a month's children are taken as there all month), rounded to the penny.
public enum SufficiencyGap {
    /// One kind of home in one month.
    public struct Row: Sendable, Hashable, Codable {
        public var month: Day
        public var kind: SupplyKind
        public var demand: Double
        public var supply: Double
        public var shortfall: Double
        public var cost: Money
    }

    /// Rows by month, then kind (in `SupplyKind.allCases` order).
    public static func rows(_ inputs: SufficiencyInputs) -> [Row] {
        var rows: [Row] = []
        let inHouse = inHouseSupply(inputs)
        for (i, month) in inputs.months.enumerated() {
            let days = Double(Day.daysInMonth(year: month.year, month: month.month))
            let fostering = inputs.fosteringDemand[i], residential = inputs.residentialDemand[i]
            let cells: [(SupplyKind, Double, Double, Money)] = [
                (.kinship, fostering * inputs.kinshipShare, Double(inputs.kinshipPlaces), inputs.agencyFosteringWeekly),
                (.inHouseFostering, fostering * inputs.inHouseShare, inHouse[i], inputs.agencyFosteringWeekly),
                (
                    .councilResidential, residential * inputs.councilResidentialShare, Double(inputs.councilBeds[i]),
                    inputs.externalResidentialWeekly
                ),
            ]
            for (kind, demand, supply, weekly) in cells {
                let shortfall = max(0, demand - supply)
                let cost = Money(roundingPence: shortfall * Double(weekly.pence) * days / 7)
                rows.append(
                    Row(month: month, kind: kind, demand: demand, supply: supply, shortfall: shortfall, cost: cost))
            }
        }
        return rows
    }

    /// In-house places at each month end: last month's places, less resignations, plus the month's approvals.
    static func inHouseSupply(_ inputs: SufficiencyInputs) -> [Double] {
        var places = Double(inputs.inHousePlaces)
        return inputs.months.indices.map { i in
            places =
                places * (1 - inputs.monthlyResignationRate)
                + (i < inputs.expectedApprovals.count ? inputs.expectedApprovals[i] : 0) * inputs.placesPerApproval
            return places
        }
    }

    /// The cost of the shortfall over all months and kinds.
    public static func totalCost(_ rows: [Row]) -> Money {
        rows.reduce(Money.zero) { $0 + $1.cost }
    }
}
