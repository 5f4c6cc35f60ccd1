import CareModel
import Forecasting

extension PlanPage {
    /// The plan's saving to each horizon, what slippage costs at each, and what has been realised.
    var savingsSection: Node {
        let year = programme.year
        return .group([
            .h2("Savings"),
            HTMLTable(
                caption: "Savings of plan \(plan.id), in whole pounds",
                head: [
                    "Saving", "In \(year.label), to \(year.last.long)", "A full year from the target date",
                    "To the day before 18",
                ],
                rows: [
                    Self.cells("Anticipated", saving.anticipated), Self.cells("Lost to slippage", saving.slippage),
                ]
            ).node,
            .p(
                .class("hint"),
                .text(
                    "Anticipated counts the weekly saving from the target date, less the move's one-off cost. Lost to "
                        + "slippage is what the target date moving from the first one agreed costs.")),
            .dl(
                .class("summary-list"),
                .dt("Realised to \(programme.asOf.long)"),
                .dd(.text(ProgrammeNumbers.pounds(saving.realisedToDate))),
                .dt("Realised in \(year.label)"), .dd(.text(ProgrammeNumbers.pounds(saving.realisedInYear)))),
        ])
    }

    static func cells(_ label: String, _ horizons: SavingHorizons) -> [String] {
        [label] + [horizons.inYear, horizons.fullYear, horizons.toEighteen].map(ProgrammeNumbers.pounds)
    }

    /// Every status the plan has had, from the day it was identified, with the reason when it paused or
    /// stopped.
    var historySection: Node {
        let rows =
            [[plan.identified.long, PlanStatus.identified.label, "–"]]
            + plan.statuses.map { [$0.day.long, $0.status.label, $0.reason ?? "–"] }
        return .group([
            .h2("Status history"),
            HTMLTable(
                caption: "Status history of plan \(plan.id), oldest first", head: ["From", "Status", "Reason"],
                rows: rows, firstColumnIsText: 3
            ).node,
        ])
    }

    /// The form for a role that may change the plan; for one that may not, who can.
    var formSection: Node {
        guard let form else {
            return .p(
                .class("hint"),
                .text(
                    "Placements officers, managers and administrators can change the plan's status, target date "
                        + "and owner."))
        }
        return .group([
            .h2("Change the plan"),
            .p(
                .text(
                    "Give the plan a new status, move its target date or change its owner. The change is checked, "
                        + "saved and written to the audit log; the savings above are worked out again from it.")),
            form.html(
                action: address.planForm(plan.id), csrfToken: csrfToken, current: plan.currentStatus,
                problems: problems),
        ])
    }
}
