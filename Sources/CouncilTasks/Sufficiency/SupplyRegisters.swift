import CareModel
import Forecasting

/// An authority's registers of homes and placements, turned into the sufficiency gap's inputs: the council's
/// own places now, how they are expected to change, and how demand splits between them and the market.
struct SupplyRegisters: Sendable {
    var costs: [PlacementCost]
    var households: [Household]
    var homes: [ChildrensHome]
    var events: [RecruitmentEvent]

    func inputs(projection: DemandProjection, rules: SufficiencyRules) -> SufficiencyInputs {
        let start = projection.start, points = projection.markovMonthEnds
        let months = points.map(\.date)
        let shares = MarketShares(costs: costs, on: start, homeIDs: Set(homes.map(\.id)))
        let forecast = PipelineForecast(events: events, asAt: start)
        return SufficiencyInputs(
            months: months, fosteringDemand: points.map { $0.mean(of: .fostering) },
            residentialDemand: points.map { $0.mean(of: .residential) }, kinshipShare: shares.kinship,
            inHouseShare: shares.inHouse, councilResidentialShare: shares.councilResidential,
            kinshipPlaces: usablePlaces(on: start) { $0 == .connected },
            inHousePlaces: usablePlaces(on: start) { $0 != .connected },
            expectedApprovals: Self.approvals(forecast, months: months),
            placesPerApproval: placesPerApproval(before: start, default: rules.defaultPlacesPerApproval),
            monthlyResignationRate: yearlyResignationRate(before: start) / 12,
            councilBeds: months.map { month in
                homes.reduce(0) { $0 + $1.beds(on: month, allowingDelay: rules.registrationDelayDays) }
            },
            agencyFosteringWeekly: shares.agencyWeekly, externalResidentialWeekly: shares.externalResidentialWeekly)
    }

    /// Approved places not on hold on `day`, of the households whose kind passes `kind`.
    func usablePlaces(on day: Day, _ kind: (HouseholdKind) -> Bool) -> Int {
        households.filter { kind($0.kind) }.reduce(0) { $0 + $1.approvedPlaces(on: day) - $1.placesOnHold(on: day) }
    }

    /// The pipeline's expected approvals in each projected month; past its 12 months, the approvals its
    /// steady flow of new enquiries brings (its last month's share from new enquiries).
    static func approvals(_ forecast: PipelineForecast, months: [Day]) -> [Double] {
        let steady = forecast.months.last?.fromNewEnquiries ?? 0
        return months.map { month in
            forecast.months.first { $0.first.year == month.year && $0.first.month == month.month }?.expected ?? steady
        }
    }

    /// The mean places of in-house households approved in the three years before `day`, else `default`.
    func placesPerApproval(before day: Day, default fallback: Double) -> Double {
        let recent = households.filter {
            $0.kind != .connected && $0.approved <= day && $0.approved > day.adding(months: -36)
        }
        guard !recent.isEmpty else { return fallback }
        return Double(recent.reduce(0) { $0 + $1.places }) / Double(recent.count)
    }

    /// In-house places lost to resignation in the year to `day`, as a share of the places approved a year
    /// before it.
    func yearlyResignationRate(before day: Day) -> Double {
        let yearAgo = day.adding(months: -12)
        let inHouse = households.filter { $0.kind != .connected }
        let placesThen = inHouse.reduce(0) { $0 + $1.approvedPlaces(on: yearAgo) }
        guard placesThen > 0 else { return 0 }
        let lost = inHouse.filter { household in
            household.statuses.contains { $0.status == .resigned && $0.day > yearAgo && $0.day <= day }
        }
        return Double(lost.reduce(0) { $0 + $1.places }) / Double(placesThen)
    }
}
