import CareModel
import CouncilTasks
import Forecasting

/// One to four scenarios against the baseline — the projection of what happens if nothing changes — month by
/// month: for each scenario its levers and, in plain words, what it costs against the baseline over the
/// period, what it invests and the month it pays that back; the cost each month as a chart (the likely range
/// shaded when there is one) and a table; the invest-to-save line (`+Saving`); and children by kind of home at
/// the end (`+Children`). Saved scenarios come with the likely range from the Monte-Carlo paths; a scenario run
/// from the form without saving shows the expected numbers, with the form as typed below to change it and run
/// it again, or save it. Aggregates only: the read-only role sees it with small numbers of children hidden.
struct ScenarioComparePage {
    var comparison: ScenarioComparison
    /// The saved scenarios compared, in the comparison's order; `nil` for a scenario run from the form.
    var saved: [StoredScenario]?
    var address: ScenarioAddress
    var disclosure: Disclosure
    /// Whether the reader may see children's references in a lever that names them.
    var namesChildren: Bool
    /// For a scenario run from the form: the form as typed (for a role that may build scenarios).
    var form: ScenarioForm?
    var csrfToken = ""
    /// The Monte-Carlo paths a saved scenario is compared with, for the note on a run from the form.
    var comparePaths = HearthWebApp.defaultScenarioPaths

    var results: [ScenarioResult] { comparison.results }
    var periods: [Period] { comparison.baseline.periods }

    var heading: String {
        guard let first = results.first else { return "Scenarios compared" }
        if saved == nil { return "\(first.scenario.name) (not saved)" }
        return results.count == 1 ? first.scenario.name : "Scenarios compared"
    }

    var page: HTMLPage {
        HTMLPage(
            title: heading,
            body: .group([
                .p(.a(.href(address.list), .class("back-link"), "Back to scenarios")),
                .h1(.text(heading)),
                .p(.class("lede"), .text(lede)),
                .p(.class("hint"), .text(rangeNote)),
                .forEach(results.indices) { scenarioSection($0) },
                costSection,
                savingSection,
                childrenSection,
                Self.explanation,
                formSection,
            ]))
    }

    /// "Authority 990, April 2025 to March 2027: each scenario against the baseline, what happens if nothing
    /// changes, projected from 31 March 2025, where the data ends."
    var lede: String {
        let span = periods.first.map { first in
            "\(first.first.monthAndYear) to \((periods.last ?? first).first.monthAndYear)"
        }
        return "Authority \(address.authority), \(span ?? "no months"): "
            + (results.count == 1 ? "the scenario" : "each scenario") + " against the baseline, what happens if "
            + "nothing changes, projected from \(comparison.baseline.start.long), where the data ends."
    }

    /// Where the likely range comes from, or why there is none.
    var rangeNote: String {
        guard comparison.baseline.costRange != nil else {
            return "Expected numbers only: save the scenario to see its likely range, from "
                + "\(comparePaths.grouped) runs of the projection."
        }
        return "The likely range comes from \(comparison.settings.paths.grouped) runs of the projection, each with "
            + "children entering, moving and leaving care by chance at the rates seen: in 9 runs out of 10 the "
            + "month's cost fell inside it."
    }

    /// The scenario in brief: its levers, and what it costs, invests and pays back over the period.
    func scenarioSection(_ i: Int) -> Node {
        let result = results[i], months = result.months.count
        return .group([
            .h2(.text(result.scenario.name)),
            .ul(
                .class("list"),
                .forEach(result.scenario.levers) {
                    .li(.text(ScenarioWording.summary($0, namesChildren: namesChildren)))
                }),
            .dl(
                .class("summary-list"),
                .dt("Over the \(months) months"), .dd(.text(ScenarioWording.difference(result.difference))),
                .dt("Invested (capital and running costs)"), .dd(.text(ScenarioWording.investment(result.investment))),
                .dt("Paying it back"), .dd(.text(ScenarioWording.breakEven(result))),
                .dt("Children in care at the end"), .dd(.text(childrenAtEnd(result)))),
            openAlone(i),
        ])
    }

    /// Among several saved scenarios: a link to the scenario on its own.
    func openAlone(_ i: Int) -> Node {
        guard let saved, results.count > 1, i < saved.count else { return .empty }
        return .p(.a(.href(address.compare([saved[i].id])), .text("Open ‘\(results[i].scenario.name)’ on its own")))
    }

    /// "about 512 (likely 490 to 530)", as the projection has them at the end of the period.
    func childrenAtEnd(_ result: ScenarioResult) -> String {
        guard let last = result.months.last else { return "–" }
        let total = ScenarioWording.about(last.children.reduce(0, +), disclosure)
        return ScenarioWording.likely(last.childrenRange, disclosure).map { "\(total) (\($0))" } ?? total
    }

    /// How a scenario is priced, in plain words.
    static let explanation = Node.group([
        .h2("How a scenario is priced"),
        .ul(
            .class("list"),
            .li(
                .text(
                    "The baseline is the demand projection from the day the data ends, priced at the costs "
                        + "register's weekly costs on that day.")),
            .li(
                .text(
                    "Each lever is applied to it in turn: new foster households and homes take children who would "
                        + "otherwise be in agency foster homes or external children's homes, at the new home's cost "
                        + "instead of theirs; changes to entries into care run the projection again.")),
            .li(
                .text(
                    "The investment is what the levers cost to put in place: recruiting households, building or "
                        + "buying a home, running it and block beds paid for whether filled or not.")),
            .li(
                .text(
                    "The scenario pays its investment back in the first month in which the saving against the "
                        + "baseline, added up from the start, covers everything invested so far."))),
    ])

    /// After a run from the form: the form as typed, to change the levers and run again, or save.
    var formSection: Node {
        guard let form else { return .empty }
        return .group([
            .h2("Change the scenario"),
            .p("Change the levers and run it again, or save it to compare it with others."),
            form.html(address, csrfToken: csrfToken, problems: []),
        ])
    }
}
