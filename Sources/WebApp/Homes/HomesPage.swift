import CareModel
import CouncilTasks
import Forecasting

/// The children's homes page: the council's own homes and the beds it buys under block contracts on the
/// day its data runs to — beds, children placed, empty beds, where each home's registration has got to and
/// what a block bed costs — then, over the 12 months to that day, empty bed-days and what the council paid
/// for block beds nobody slept in; last, the market around the council from Ofsted's register
/// (`HomesMarketSection`). It names homes, so only the council's own officers' roles may open it.
struct HomesPage {
    typealias Problem = QueryFormFields.Problem

    var report: HomesReport
    var authorities: [AuthorityCode]
    var market: HomesMarket
    /// Whether the role may see children by ID (`RouteAccess.childLevel`): the market's flags name children.
    var namesChildren: Bool

    static let heading = "Children's homes and block beds"

    var page: HTMLPage {
        HTMLPage(
            title: Self.heading,
            body: .group([
                .h1(.text(Self.heading)),
                .p(.class("lede"), .text(lede)),
                Self.form(authorities: authorities, la: report.authority, problems: []),
                homesSection,
                monthsSection,
                byHomeSection,
                HomesMarketSection(market: market, authority: report.authority, namesChildren: namesChildren).node,
            ]))
    }

    /// The authority asked for is not one the account may see, or an area's name is too long (or there are
    /// too many): 400, the fields in error with what was typed, nothing shown.
    static func refusal(la: String, area: MarketArea, authorities: [AuthorityCode], problems: [Problem]) -> HTMLPage {
        HTMLPage(
            title: "Error: \(heading)",
            body: .group([
                QueryFormFields.errorSummary(problems), .h1(.text(heading)),
                form(authorities: authorities, la: la, problems: problems),
                .h2(.id("market"), .text(HomesMarketSection.heading)),
                area.form(la: la, problems: problems),
            ]),
            status: .badRequest)
    }

    /// The authority select in a GET form, for an account that may see several (nothing otherwise).
    static func form(authorities: [AuthorityCode], la: String, problems: [Problem]) -> Node {
        let field = QueryFormFields.authorityField(authorities, chosen: la, problems)
        guard authorities.count > 1 || !problems.isEmpty else { return .empty }
        return .form(
            .method("get"), .action(Route.homes.path), .class("stacked-form projection-form"), .novalidate,
            field, .button(.type("submit"), "Show"))
    }

    /// "Authority 990 on 31 March 2025, where its data ends: 5 beds open, 1 child placed, 4 empty."
    var lede: String {
        let beds = report.occupancy.reduce(0) { $0 + $1.beds }
        let placed = report.occupancy.reduce(0) { $0 + $1.placed }
        let empty = report.occupancy.reduce(0) { $0 + $1.emptyBeds }
        let children = placed == 1 ? "1 child" : "\(placed.grouped) children"
        return "Authority \(report.authority) on \(report.day.long), where its data ends: \(beds.grouped) "
            + "\(beds == 1 ? "bed" : "beds") open, \(children) placed, \(empty.grouped) empty."
    }

    /// The homes by name, with a note on any with more children than beds.
    var homesSection: Node {
        let homes = Dictionary(report.homes.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let rows = report.occupancy.compactMap { occupancy -> [String]? in
            guard let home = homes[occupancy.home] else { return nil }
            return [
                home.name, home.kind.label, Self.registration(home), home.contractEnd?.long ?? "–",
                occupancy.beds.grouped, occupancy.placed.grouped, occupancy.emptyBeds.grouped,
                home.kind == .block ? home.weeklyBedPrice?.formatted ?? "–" : "–",
            ]
        }
        guard !rows.isEmpty else {
            return .p(
                .text("The homes register has no homes for authority \(report.authority) yet: import it with "),
                .code("hearth import homes"), ".")
        }
        return .group([
            HTMLTable(
                caption: "Children's homes and block contracts on \(report.day.long)",
                head: [
                    "Home", "Kind", "Registration", "Contract ends", "Beds", "Children placed", "Empty beds",
                    "Price per bed a week",
                ],
                rows: rows, firstColumnIsText: 4
            ).node,
            overfilledNote(homes),
        ])
    }

    /// "registered 3 May 2021", or "planned to open 1 October 2025 — application submitted".
    static func registration(_ home: ChildrensHome) -> String {
        if let registered = home.registered { return "registered \(registered.long)" }
        if let opening = home.plannedOpening {
            return "planned to open \(opening.long)" + (home.registrationStage.map { " — \($0)" } ?? "")
        }
        if home.kind == .block, let start = home.contractStart { return "block contract from \(start.long)" }
        return home.registrationStage ?? "not recorded"
    }

    /// Homes with more children than usable beds: a register entry naming the wrong home, or a home not open.
    func overfilledNote(_ homes: [String: ChildrensHome]) -> Node {
        let over = report.occupancy.filter(\.overfilled).map { homes[$0.home]?.name ?? $0.home }
        guard !over.isEmpty else { return .empty }
        return .p(
            .text(
                "More children than open beds: \(over.joined(separator: ", ")). Check the costs register's carer "
                    + "column, or the home's registration or contract dates."))
    }
}
