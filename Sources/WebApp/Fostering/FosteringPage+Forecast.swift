import CareModel
import CouncilTasks
import Forecasting

extension FosteringPage {
    /// The approvals expected in each of the next 12 months, from the pipeline and from enquiries still to
    /// come, beside the naive forecast (the same month last year) to judge the model by.
    var forecastSection: Node {
        let forecast = report.forecast
        let rows = forecast.months.map { month -> [String] in
            [
                month.first.monthAndYear, ProjectionPage.children(month.fromPipeline),
                ProjectionPage.children(month.fromNewEnquiries), ProjectionPage.children(month.expected),
                month.naive.grouped,
            ]
        }
        return .group([
            .h2("Approvals expected over the next 12 months"),
            .p(.text(forecastSentence(forecast))),
            HTMLTable(
                caption: "Expected approvals by month: the pipeline model, and the same month last year",
                head: [
                    "Month", "From households in the pipeline", "From enquiries to come", "Expected",
                    "Same month last year",
                ],
                rows: rows,
                foot: [
                    "Total", "", "", ProjectionPage.children(forecast.expectedTotal), forecast.naiveTotal.grouped,
                ]
            ).node,
        ])
    }

    /// "3 households are in the pipeline. The model expects about 4 approvals over the 12 months; the same
    /// as last year would be 5."
    func forecastSentence(_ forecast: PipelineForecast) -> String {
        let open =
            forecast.openProspects == 1
            ? "1 household is in the pipeline" : "\(forecast.openProspects.grouped) households are in the pipeline"
        return "\(open), and about \(ProjectionPage.children(forecast.enquiriesPerMonth)) enquiries come a month. "
            + "The model expects about \(ProjectionPage.whole(forecast.expectedTotal)) approvals over the 12 months; "
            + "the same as last year would be \(forecast.naiveTotal.grouped)."
    }

    /// The net change in households since the financial year began, against the target when one is given.
    var netChangeSection: Node {
        let change = report.netChange
        return .group([
            .h2("Net change in foster households"),
            .p(.class("hint"), .text("From \(change.first.long) to \(change.last.long).")),
            .dl(
                .class("summary-list"),
                .dt("Approved: new carers"), .dd(.text(change.approvals.grouped)),
                .dt("Approved: carers transferring from agencies"), .dd(.text(change.ifaTransferApprovals.grouped)),
                .dt("Resigned or deregistered"), .dd(.text(change.resignations.grouped)),
                .dt("Net change"), .dd(.text(Self.signed(change.net))),
                targetRows(change)),
        ])
    }

    /// The target's share for the stretch and how far the net change is from it; without a target, where
    /// to give one.
    func targetRows(_ change: NetHouseholdChange) -> Node {
        guard let target = change.target, let shortfall = change.shortfall else {
            return .group([.dt("Target"), .dd("None given: enter one in the form above")])
        }
        let against =
            shortfall > 0.05
            ? "Short of the target by \(ProjectionPage.children(shortfall))"
            : shortfall < -0.05 ? "Ahead of the target by \(ProjectionPage.children(-shortfall))" : "On target"
        return .group([
            .dt("Target for these days"), .dd(.text(ProjectionPage.children(target))),
            .dt("Against the target"), .dd(.text(against)),
        ])
    }

    /// "+3", "−1", "0": a change with its sign.
    static func signed(_ value: Int) -> String {
        value > 0 ? "+\(value.grouped)" : value < 0 ? "−\((-value).grouped)" : "0"
    }
}
