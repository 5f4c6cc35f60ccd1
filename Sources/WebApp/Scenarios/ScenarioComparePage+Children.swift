import CareModel
import Forecasting

extension ScenarioComparePage {
    /// Children in care by kind of home at the end of the period, the baseline's and each scenario's, rounded
    /// ("about 42"), with the likely range of all children when there is one. For a reader who may not see
    /// small numbers, a kind of home of 1 to 5 children says "fewer than 6".
    var childrenSection: Node {
        guard let last = periods.last else { return .empty }
        let baseline = comparison.baseline.monthEndChildren.last ?? []
        let columns = [baseline] + results.map { $0.months.last?.children ?? [] }
        let ranges: [ClosedRange<Double>?] =
            [comparison.baseline.childrenRange?.last] + results.map { $0.months.last?.childrenRange }
        let kinds = DemandCategory.inCare.indices.map { k -> [String] in
            [DemandCategory.inCare[k].label]
                + columns.map { k < $0.count ? ScenarioWording.about($0[k], disclosure) : "–" }
        }
        let all = ["All children"] + columns.indices.map { allChildren(columns[$0], ranges[$0]) }
        let hidden = (kinds + [all]).joined().contains(SmallNumbers.fewer)
        return .group([
            .h2("Children at the end"),
            .p(
                .class("hint"),
                .text(
                    "The levers move children between kinds of home; changes to entries into care change how many "
                        + "there are.")),
            HTMLTable(
                caption: "Expected children in care by kind of home at the end of \(last.first.monthAndYear)",
                head: ["Kind of home", "Baseline"] + results.map(\.scenario.name), rows: kinds, foot: all
            ).node,
            .smallNumbersNote(if: hidden),
        ])
    }

    /// "about 512 (likely 490 to 530)": all children in a column, with the range when there is one.
    func allChildren(_ counts: [Double], _ range: ClosedRange<Double>?) -> String {
        let total = ScenarioWording.about(counts.reduce(0, +), disclosure)
        guard let likely = ScenarioWording.likely(range, disclosure) else { return total }
        return "\(total) (\(likely))"
    }
}
