import CareModel
import CouncilTasks
import Forecasting

extension SufficiencyPage {
    /// The rules and inputs the gap was worked out from, each with where it comes from, so a finance
    /// officer can check every one against the registers (and `hearth sufficiency` prints the same).
    func inputsSection(_ report: SufficiencyReport) -> Node {
        .group([
            .h2("The rules and inputs used"),
            HTMLTable(
                caption: "Rules and inputs of the sufficiency gap",
                head: ["Rule or input", "Value", "Where it comes from"],
                rows: Self.shareRows(report.inputs) + Self.placeRows(report) + Self.priceRows(report.inputs),
                firstColumnIsText: 3
            ).node,
        ])
    }

    /// How projected demand splits between the council's own homes and the market.
    static func shareRows(_ inputs: SufficiencyInputs) -> [[String]] {
        let fromRegister = "Placements open on the start day in the costs register"
        let agency = max(0, 1 - inputs.kinshipShare - inputs.inHouseShare)
        return [
            ["Share of foster care with family and friends (kinship)", percent(inputs.kinshipShare), fromRegister],
            ["Share of foster care with the council's own carers", percent(inputs.inHouseShare), fromRegister],
            ["Share of foster care with agencies", percent(agency), "The rest of foster care"],
            [
                "Share of children's home places in council homes and block beds",
                percent(inputs.councilResidentialShare), fromRegister,
            ],
        ]
    }

    /// The council's own places now and how they are expected to change.
    static func placeRows(_ report: SufficiencyReport) -> [[String]] {
        let inputs = report.inputs, rules = report.rules
        let approvals = inputs.expectedApprovals.reduce(0, +)
        return [
            ["Projected from", report.start.long, "Where the data ends"],
            ["Months looked ahead", "\(rules.months)", "The form above"],
            [
                "Kinship places now", inputs.kinshipPlaces.grouped,
                "Connected carers' approved places, less those on hold",
            ],
            [
                "In-house places now", inputs.inHousePlaces.grouped,
                "Mainstream and specialist carers' approved places, less those on hold",
            ],
            [
                "Places a newly approved household brings", ProjectionPage.children(inputs.placesPerApproval),
                "Households approved in the last three years, on average; "
                    + "\(ProjectionPage.children(rules.defaultPlacesPerApproval)) when there were none",
            ],
            [
                "Approvals expected over the \(rules.months) months", ProjectionPage.children(approvals),
                "The recruitment pipeline's forecast; after 12 months, its steady flow of new enquiries",
            ],
            [
                "In-house places lost to resignation a year", percent(inputs.monthlyResignationRate * 12),
                "Places of households that resigned in the year to the start, of those approved a year before",
            ],
            [
                "Registration delay for new council homes", "\(rules.registrationDelayDays) days",
                "The form above: added to a planned home's opening",
            ],
            ["Council and block beds", beds(inputs), "The homes register: homes opening, block contracts ending"],
        ]
    }

    /// What a child placed with the market instead costs a week.
    static func priceRows(_ inputs: SufficiencyInputs) -> [[String]] {
        [
            [
                "Agency foster placement, a week", inputs.agencyFosteringWeekly.formatted,
                "Average gross price of the agency foster placements open on the start day",
            ],
            [
                "External children's home placement, a week", inputs.externalResidentialWeekly.formatted,
                "Average gross price of the external children's home placements open on the start day",
            ],
        ]
    }

    /// "5 on 30 April 2025, 7 on 31 March 2027": the beds at the first and last month ends.
    static func beds(_ inputs: SufficiencyInputs) -> String {
        guard let first = inputs.councilBeds.first, let last = inputs.councilBeds.last,
            let start = inputs.months.first, let end = inputs.months.last
        else { return "none" }
        return "\(first.grouped) on \(start.long), \(last.grouped) on \(end.long)"
    }
}
