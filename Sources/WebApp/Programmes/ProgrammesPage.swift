import CareModel
import CouncilTasks
import Forecasting

/// The Programmes page: the council's programmes that move children to better and cheaper homes (STEPs
/// step-down, Right Child Right Care, reunification…) on the day its data runs to — each one's plans by
/// cohort column, the year's savings target, the savings anticipated and realised this year and what
/// slippage has cost — and how those savings are worked out. Aggregates only: the read-only role sees it
/// with small numbers hidden; a programme's page lists its plans for the officers' roles.
struct ProgrammesPage {
    typealias Problem = QueryFormFields.Problem

    var report: ProgrammesReport
    var authorities: [AuthorityCode]
    var disclosure: Disclosure

    static let heading = "Programmes"

    var address: ProgrammeAddress {
        ProgrammeAddress(authority: report.authority, namesAuthority: authorities.count > 1)
    }

    var numbers: ProgrammeNumbers { ProgrammeNumbers(disclosure: disclosure) }

    var year: FinancialYear { FinancialYear(containing: report.day) }

    var page: HTMLPage {
        let rows = report.programmes.map(cells)
        return HTMLPage(
            title: Self.heading,
            body: .group([
                .h1(.text(Self.heading)),
                .p(.class("lede"), .text(lede)),
                Self.form(authorities: authorities, la: report.authority, problems: []),
                rows.isEmpty ? emptyState : table(rows),
                .smallNumbersNote(if: ProgrammeNumbers.hidesAny(rows.flatMap { $0 })),
                Self.explanation,
            ]))
    }

    /// "Authority 990 on 31 March 2025, where its data ends: 3 programmes, savings in 2024-25."
    var lede: String {
        let count = report.programmes.count
        let programmes = count == 1 ? "1 programme" : "\(count.grouped) programmes"
        return "Authority \(report.authority) on \(report.day.long), where its data ends: \(programmes), "
            + "savings in \(year.label)."
    }

    /// The authority asked for is not one the account may see: 400, the select in error, nothing shown.
    static func refusal(la: String, authorities: [AuthorityCode], problems: [Problem]) -> HTMLPage {
        HTMLPage(
            title: "Error: \(heading)",
            body: .group([
                QueryFormFields.errorSummary(problems), .h1(.text(heading)),
                form(authorities: authorities, la: la, problems: problems),
            ]),
            status: .badRequest)
    }

    /// The authority select in a GET form, for an account that may see several (nothing otherwise).
    static func form(authorities: [AuthorityCode], la: String, problems: [Problem]) -> Node {
        let field = QueryFormFields.authorityField(authorities, chosen: la, problems)
        guard authorities.count > 1 || !problems.isEmpty else { return .empty }
        return .form(
            .method("get"), .action(Route.programmes.path), .class("stacked-form projection-form"), .novalidate,
            field, .button(.type("submit"), "Show"))
    }

    static let heads = [
        "Programme", "Kind", "Plans", "Achieved", "On track", "Yet to be confirmed", "No longer in scope",
        "Savings target", "Anticipated in-year", "Realised in-year", "Slippage in-year",
    ]

    func table(_ rows: [[String]]) -> Node {
        HTMLTable(
            caption: "Programmes on \(report.day.long): plans, and savings in \(year.label)", head: Self.heads,
            rows: rows, firstColumnIsText: 2, rowLinks: report.programmes.map { address.programme($0.programme.id) }
        ).node
    }

    /// One programme's row: its plans in all and by cohort column, then the year's money.
    func cells(_ savings: ProgrammeSavings) -> [String] {
        let byCohort = Dictionary(
            savings.cohortRows.compactMap { row in row.cohort.map { ($0, row.children) } },
            uniquingKeysWith: { first, _ in first })
        let money = numbers.yearFigures(savings)
        return [savings.programme.name, savings.programme.kind.label, numbers.count(savings.plans.count)]
            + PlanCohort.allCases.map { numbers.count(byCohort[$0] ?? 0) }
            + [
                savings.target.map(ProgrammeNumbers.pounds) ?? "None set", money.anticipated, money.realised,
                money.slippage,
            ]
    }

    /// An authority with no programmes: what they are and how to load them.
    var emptyState: Node {
        .group([
            .p(
                .text(
                    "Authority \(report.authority) has no programmes in Hearth yet. A programme (stepping children "
                        + "down from children's homes to foster families, say) and each child's plan in it come from "
                        + "the council's programme register, loaded on the command line with "),
                .code("hearth import programmes programmes.csv --plans plans.csv --statuses plan-statuses.csv"), "."),
            .p(
                .text(
                    "The files' layout is in docs/examples/. Once loaded, each programme's savings are worked out "
                        + "from the costs register as below.")),
        ])
    }

    /// How a plan's saving is worked out, in plain words.
    static let explanation = Node.group([
        .h2("How the savings are worked out"),
        .ul(
            .class("list"),
            .li(
                .text(
                    "A plan's weekly saving is the net weekly cost of the child's home when the plan was identified, "
                        + "less the expected weekly cost of the home they are to move to.")),
            .li(
                .text(
                    "The anticipated saving counts that weekly saving from the plan's target date: to 31 March "
                        + "(in-year), for a full year, and to the day before the child's 18th birthday. It stops at 18 "
                        + "(unless the placement carries on past 18) and on the day the current placement was planned "
                        + "to end, and the move's one-off costs are taken off.")),
            .li("A programme's anticipated in-year saving adds up its plans that are achieved or on track."),
            .li(
                .text(
                    "The realised saving starts on the day the costs register shows the child moving, and is priced "
                        + "from the home they actually moved to.")),
            .li(
                .text(
                    "Slippage is the saving this year loses because a plan's target date has moved later than the "
                        + "one first agreed."))),
    ])
}
