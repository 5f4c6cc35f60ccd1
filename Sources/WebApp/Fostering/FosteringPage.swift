import CareModel
import CouncilTasks
import Forecasting

/// The fostering page: the council's foster households on the day its data runs to — places, children
/// placed, places on hold and vacancies, in all, by kind and household by household — then the year's
/// void place-days by reason, the recruitment funnel, the approvals expected over the next 12 months and
/// the year's net change against the target. It names households (by the council's reference and postcode
/// sector, never a full postcode), so only the council's own officers' roles may open it.
struct FosteringPage {
    typealias Problem = QueryFormFields.Problem

    var report: FosteringReport
    var form: FosteringForm
    var authorities: [AuthorityCode]

    var page: HTMLPage {
        HTMLPage(
            title: "Fostering",
            body: .group([
                .h1("Fostering"),
                .p(
                    .class("lede"),
                    .text(
                        "Foster households of authority \(report.authority) on \(report.day.long), where its data ends."
                    )),
                headline,
                form.html(authorities: authorities, problems: []),
                kindTable,
                householdsSection,
                voidsSection,
                funnelSection,
                forecastSection,
                netChangeSection,
            ]))
    }

    /// The form with its problems and status 400, and nothing worked out.
    static func refusal(_ form: FosteringForm, authorities: [AuthorityCode], problems: [Problem]) -> HTMLPage {
        HTMLPage(
            title: "Error: Fostering",
            body: .group([
                QueryFormFields.errorSummary(problems), .h1("Fostering"),
                form.html(authorities: authorities, problems: problems),
            ]),
            status: .badRequest)
    }

    /// The numbers that matter most, over every household.
    var headline: Node {
        let total = report.occupancy.total
        return .dl(
            .class("summary-list"),
            .dt("Foster households"), .dd(.text(total.households.grouped)),
            .dt("Approved places"), .dd(.text(total.places.grouped)),
            .dt("Children placed"), .dd(.text(total.placed.grouped)),
            .dt("Places on hold"), .dd(.text(total.onHold.grouped)),
            .dt("Vacancies"), .dd(.text(total.vacancies.grouped)))
    }

    static let countHeads = ["Households", "Places", "Children placed", "On hold", "Vacancies"]

    static func counts(_ totals: HouseholdOccupancy.Totals) -> [String] {
        [totals.households, totals.places, totals.placed, totals.onHold, totals.vacancies].map(\.grouped)
    }

    var kindTable: Node {
        HTMLTable(
            caption: "Foster households by kind on \(report.day.long)", head: ["Kind"] + Self.countHeads,
            rows: HouseholdKind.allCases.map { [$0.label] + Self.counts(report.occupancy.totals(of: $0)) },
            foot: ["Total"] + Self.counts(report.occupancy.total)
        ).node
    }

    /// Every household with places or children on the day, then what the fostering team should look at.
    var householdsSection: Node {
        let households = Dictionary(report.households.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let rows = report.occupancy.rows.map { row -> [String] in
            let household = households[row.household]
            return [
                row.household, row.kind.label, household?.postcodeSector ?? "–", status(household),
                row.places.grouped, row.placed.grouped, row.onHold.grouped, row.vacancies.grouped,
            ]
        }
        return .group([
            .h2("Households"),
            HTMLTable(
                caption: "Foster households on \(report.day.long)",
                head: [
                    "Reference", "Kind", "Postcode sector", "Status", "Places", "Children placed", "On hold",
                    "Vacancies",
                ],
                rows: rows, firstColumnIsText: 4
            ).node,
            overfilledNote, unknownCarersNote,
        ])
    }

    /// "On hold: Illness", "Approved": the household's status on the day, with its reason when recorded.
    func status(_ household: Household?) -> String {
        guard let change = household?.status(on: report.day) else { return "–" }
        return change.reason.map { "\(change.status.label): \($0.label)" } ?? change.status.label
    }

    /// Households with more children than places not on hold: over their approval, or a child still
    /// there while the household is on hold or under review.
    var overfilledNote: Node {
        let over = report.occupancy.rows.filter(\.overfilled).map(\.household)
        guard !over.isEmpty else { return .empty }
        return .p(
            .text(
                "More children than places not on hold: \(over.joined(separator: ", ")). Check the costs "
                    + "register's carer column, or the household's status."))
    }

    /// Register entries naming a carer that is neither a household nor a home: their children are in no
    /// count above, which the page says rather than lose them without a word.
    var unknownCarersNote: Node {
        let entries = report.occupancy.unknownCarers
        guard !entries.isEmpty else { return .empty }
        let carers = Set(entries.compactMap(\.carer)).sorted().joined(separator: ", ")
        let placements = entries.count == 1 ? "1 placement" : "\(entries.count.grouped) placements"
        return .p(
            .text(
                "\(placements) in the costs register \(entries.count == 1 ? "names" : "name") a carer that is "
                    + "neither a foster household nor a children's home: \(carers). Those children are not counted above."
            ))
    }

    /// Place-days approved households had but did not use in the 12 months, by reason.
    var voidsSection: Node {
        let voids = report.voids
        return .group([
            .h2("Void place-days"),
            .p(
                .class("hint"),
                .text(
                    "A void place-day is one approved place that took no child for a day: a vacancy nobody was "
                        + "matched to, or a place on hold or under review.")),
            HTMLTable(
                caption: "Void place-days from \(voids.first.long) to \(voids.last.long), by reason",
                head: ["Reason", "Place-days"],
                rows: voids.byReason.keys.sorted().map { [$0.label, (voids.byReason[$0] ?? 0).grouped] },
                foot: ["Total", voids.total.grouped]
            ).node,
        ])
    }
}
