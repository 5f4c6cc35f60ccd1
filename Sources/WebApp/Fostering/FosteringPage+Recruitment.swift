import CareModel
import CouncilTasks
import Forecasting

extension FosteringPage {
    /// The recruitment funnel: households reaching each stage by financial year, how many went on from
    /// each stage and how long each step took, and when in the year enquiries come.
    var funnelSection: Node {
        .group([
            .h2("Recruiting foster carers"),
            yearsTable,
            stepsTable,
            enquiriesTable,
        ])
    }

    /// Each stage (withdrawals last) by financial year, the current year so far.
    var yearsTable: Node {
        let years = report.years
        return HTMLTable(
            caption: "Prospective households reaching each stage, by financial year",
            head: ["Stage"] + years.map(yearLabel),
            rows: RecruitmentStage.allCases.map { stage in [stage.label] + years.map { $0[stage].grouped } }
        ).node
    }

    /// "2023-24", or "2024-25 (to 31 March 2025)" for the year the page's day falls in before its end.
    func yearLabel(_ year: StageCounts) -> String {
        let label = FinancialYear(containing: year.first).label
        return report.day < year.last ? "\(label) (to \(report.day.long))" : label
    }

    /// Each step of the funnel: conversion among the households whose outcome is known, and the median
    /// days the step took among those with both stages recorded.
    var stepsTable: Node {
        let rows = zip(report.funnel.conversions, report.funnel.lags).map { conversion, lag -> [String] in
            [
                conversion.from.label, conversion.to.label, conversion.known.grouped, conversion.converted.grouped,
                conversion.rate.map(SufficiencyPage.percent) ?? "–", lag.medianDays.map(Self.days) ?? "–",
            ]
        }
        return .group([
            HTMLTable(
                caption: "Conversion between stages, and the median days between them",
                head: ["From", "To", "Outcome known", "Went on", "Conversion", "Median days"], rows: rows,
                firstColumnIsText: 2
            ).node,
            .p(
                .class("hint"),
                .text(
                    "A household's outcome is known once it reached the next stage, withdrew, or had been at the "
                        + "stage for more than a year; households still moving through are left out.")),
        ])
    }

    /// A median in days: whole, or to one decimal place for the mean of the middle two.
    static func days(_ median: Double) -> String {
        median == median.rounded() ? Int(median).grouped : ProjectionPage.children(median)
    }

    /// Enquiries by calendar month over all the data, so campaigns can be timed for the months that bring them.
    var enquiriesTable: Node {
        let counts = report.funnel.enquiriesByCalendarMonth
        return HTMLTable(
            caption: "Enquiries by month of the year, over all the data", head: ["Month", "Enquiries"],
            rows: counts.indices.map { [Day.monthNames[$0], counts[$0].grouped] },
            foot: ["Total", counts.reduce(0, +).grouped]
        ).node
    }
}
