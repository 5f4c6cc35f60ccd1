import CareModel
import CouncilTasks
import Forecasting

/// One programme's page: its cohort as the council papers print it ("In cohort 221 · Achieved 80 (36%)
/// …") with the savings each column is expected to make, the year's savings target against what is
/// anticipated and realised, the year month by month (a chart and its table), then every plan with its
/// child, status, target date and saving (`+Plans`). The plans name children, so a role that may not see
/// children (read-only) gets the rest without them, with small numbers hidden.
struct ProgrammePage {
    var savings: ProgrammeSavings
    var address: ProgrammeAddress
    var disclosure: Disclosure
    /// Whether the role may see children by ID (`RouteAccess.childLevel`): the plans table.
    var namesChildren: Bool

    var programme: Programme { savings.programme }
    var numbers: ProgrammeNumbers { ProgrammeNumbers(disclosure: disclosure) }

    var page: HTMLPage {
        HTMLPage(
            title: programme.name,
            body: .group([
                .p(.a(.href(address.list), .class("back-link"), "Back to programmes")),
                .h1(.text(programme.name)),
                .p(.class("lede"), .text(lede)),
                cohortSection,
                targetSection,
                monthsSection,
                namesChildren ? plansSection : plansWithheld,
                .smallNumbersNote(if: hidesAny),
            ]))
    }

    /// "Step-down to fostering (STEPS), authority 990, on 31 March 2025: savings in 2024-25."
    var lede: String {
        "\(programme.kind.label) (\(programme.id)), authority \(programme.authority), on \(savings.asOf.long): "
            + "savings in \(savings.year.label)."
    }

    /// Whether the read-only reader's page hides any number, so it says why.
    var hidesAny: Bool {
        let year = numbers.yearFigures(savings)
        return ProgrammeNumbers.hidesAny(
            savings.cohortRows.flatMap(cohortCells) + [year.anticipated, year.realised, year.slippage])
            || !monthsShown
    }

    /// "In cohort 221 · Achieved 80 (36%) · On track 55 (25%) · …", the line the papers print.
    var cohortLine: String {
        savings.cohortRows.map { row in
            let count = numbers.count(row.children)
            guard row.cohort != nil, disclosure.shows(children: row.children) else { return "\(row.label) \(count)" }
            return "\(row.label) \(count) (\(row.sharePercent)%)"
        }.joined(separator: " · ")
    }

    var cohortSection: Node {
        .group([
            .h2("The cohort"),
            .p(.text(cohortLine)),
            HTMLTable(
                caption: "Plans by cohort on \(savings.asOf.long), and the savings they are expected to make",
                head: ["Cohort", "Plans", "Share", "In-year saving", "Full-year saving", "Realised to date"],
                rows: savings.cohortRows.map(cohortCells)
            ).node,
            .p(
                .class("hint"),
                .text(
                    "In-year runs from each plan's target date to \(savings.year.last.long); full-year is a year from "
                        + "the target date. On track means agreed at panel, searching, matched or moving; yet to be "
                        + "confirmed means identified or on hold.")),
        ])
    }

    /// One cohort line's cells; for a column of 1 to 5 plans, the reader who may not see so few gets none.
    func cohortCells(_ row: CohortRow) -> [String] {
        [
            row.label, numbers.count(row.children), row.cohort == nil ? "100%" : numbers.share(row),
            numbers.savings(row.anticipated.inYear, over: row.children),
            numbers.savings(row.anticipated.fullYear, over: row.children),
            numbers.savings(row.realisedToDate, over: row.children),
        ]
    }

    /// The budget's savings line for the year against what the plans are expected to save and have saved.
    var targetSection: Node {
        let year = numbers.yearFigures(savings)
        return .group([
            .h2("Against the savings target"),
            .dl(
                .class("summary-list"),
                .dt("Savings target for \(savings.year.label)"),
                .dd(.text(savings.target.map(ProgrammeNumbers.pounds) ?? "None set in the budget")),
                .dt("Anticipated this year (achieved and on-track plans)"), .dd(.text(year.anticipated)),
                againstTarget(shown: year.anticipated != SmallNumbers.notShown),
                .dt("Realised so far this year"), .dd(.text(year.realised)),
                .dt("Lost to slippage this year"), .dd(.text(year.slippage))),
        ])
    }

    /// "£12,000 short of the target", "£3,500 more than the target", or "On target"; nothing without a target
    /// or when the anticipated saving is not shown.
    func againstTarget(shown: Bool) -> Node {
        guard let target = savings.target, shown else { return .empty }
        let gap = savings.anticipatedInYear - target
        let words =
            gap == .zero
            ? "On target"
            : gap < .zero
                ? "\(ProgrammeNumbers.pounds(-gap)) short of the target"
                : "\(ProgrammeNumbers.pounds(gap)) more than the target"
        return .group([.dt("Anticipated against the target"), .dd(.text(words))])
    }

    /// For a role that may not see children: why the plans are not listed.
    var plansWithheld: Node {
        .group([
            .h2("Plans"),
            .p(
                .text(
                    "Each plan names a child, so the plans are listed for the council's officers only. The numbers "
                        + "above add them up.")),
        ])
    }
}
