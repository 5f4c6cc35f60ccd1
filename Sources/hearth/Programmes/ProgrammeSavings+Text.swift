import CareModel
import CouncilTasks
import Forecasting
import Interchange

extension ProgrammeSavings {
    var csv: String {
        var writer = CSVWriter(header: [
            "plan", "child", "status", "cohort", "destination", "identified", "first_target_date", "target_date",
            "current_weekly", "target_weekly", "weekly_saving", "in_year", "full_year", "to_18", "slippage_in_year",
            "moved", "realised_to_date",
        ])
        for saving in plans {
            let plan = saving.plan
            writer.append([
                plan.id, plan.child, saving.status.rawValue, saving.cohort.rawValue, plan.destination.code,
                plan.identified.iso, plan.firstTargetDate.iso, plan.targetDate.iso, saving.currentWeekly?.plain,
                plan.targetWeekly.plain, saving.weeklySaving.plain, saving.anticipated.inYear.plain,
                saving.anticipated.fullYear.plain, saving.anticipated.toEighteen.plain,
                saving.slippage.inYear.plain, saving.move?.day.iso, saving.realisedToDate.plain,
            ])
        }
        return writer.text
    }

    var table: String {
        var out = "\(programme.name) (\(programme.id)), \(programme.kind.label), on \(asOf.long)\n\n"
        out +=
            "Cohort".rightPadded(to: 24)
            + ["Children", "Share", "In-year £", "Full-year £"].map { $0.leftPadded(to: 15) }.joined() + "\n"
        for row in cohortRows {
            out +=
                row.label.rightPadded(to: 24) + row.children.grouped.leftPadded(to: 15)
                + "\(row.sharePercent)%".leftPadded(to: 15) + row.anticipated.inYear.formatted.leftPadded(to: 15)
                + row.anticipated.fullYear.formatted.leftPadded(to: 15) + "\n"
        }
        out += "\nSavings target \(year.label): \(target?.formatted ?? "none set"); anticipated "
        out +=
            "\(anticipatedInYear.formatted); realised \(realisedInYear.formatted); slippage \(slippageInYear.formatted)\n\n"
        out += "Plan".rightPadded(to: 12) + "Child".rightPadded(to: 12) + "Status".rightPadded(to: 20)
        out += ["Target date", "Weekly saving", "In-year £"].map { $0.leftPadded(to: 16) }.joined() + "\n"
        for saving in plans {
            out +=
                saving.plan.id.rightPadded(to: 12) + saving.plan.child.rightPadded(to: 12)
                + saving.status.label.rightPadded(to: 20) + saving.plan.targetDate.iso.leftPadded(to: 16)
                + saving.weeklySaving.formatted.leftPadded(to: 16)
                + saving.anticipated.inYear.formatted.leftPadded(to: 16)
                + "\n"
        }
        return out
    }
}
