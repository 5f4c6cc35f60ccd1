import CareModel
import Forecasting

extension SufficiencyPage {
    /// Demand in blue and solid, places in black and dashed: at least 3:1 against white, and told apart by
    /// more than colour.
    static let demandLook: (colour: String, look: String, dash: String?) = ("#1d70b8", "blue, solid line", nil)
    static let placesLook: (colour: String, look: String, dash: String?) = ("#0b0c0c", "black, dashed line", "10 5")

    /// One kind of home: a line chart of demand against places by month end, then its table (month,
    /// demand, places, shortfall, cost) with the total cost. A demand line with a month the reader may not
    /// see is left out, as the line through the other months would show how small the hidden ones were.
    func kindSection(_ kind: SupplyKind, rows: [SufficiencyGap.Row]) -> Node {
        guard let first = rows.first else { return .empty }
        let hidden = privacy.hidesAny(rows)
        let dates = rows.map(\.month)
        let chart = LineChart(
            id: "\(kind.rawValue)-chart",
            title: "\(kind.label): children expected to need a place, and places expected, at each month end",
            description: chartDescription(kind, rows: rows, demandDrawn: !hidden),
            xAxisLabel: "Month end", yAxisLabel: "Children or places", series: series(rows, demandDrawn: !hidden),
            xTicks: ProjectionPage.ticks(dates, anchor: first.month), yTickLabel: ProjectionPage.tickChildren)
        return .group([
            .h2(.text(kind.label)),
            .p(.class("hint"), .text(Self.explanation(kind))),
            chart.node,
            table(kind, rows: rows).node,
            .smallNumbersNote(if: hidden),
        ])
    }

    /// The chart's lines: demand (unless hidden), then places.
    func series(_ rows: [SufficiencyGap.Row], demandDrawn: Bool) -> [LineChart.Series] {
        let demand = LineChart.Series(
            name: "Children expected to need a place", colour: Self.demandLook.colour, look: Self.demandLook.look,
            dash: Self.demandLook.dash,
            points: rows.map { LineChart.Point(x: ProjectionPage.x($0.month), y: $0.demand) })
        let places = LineChart.Series(
            name: "Places expected", colour: Self.placesLook.colour, look: Self.placesLook.look,
            dash: Self.placesLook.dash,
            points: rows.map { LineChart.Point(x: ProjectionPage.x($0.month), y: $0.supply) })
        return demandDrawn ? [demand, places] : [places]
    }

    /// The kind's month-by-month table: expected numbers to one decimal place, costs in whole pounds.
    func table(_ kind: SupplyKind, rows: [SufficiencyGap.Row]) -> HTMLTable {
        let total =
            privacy.hidesAny(rows) ? SmallNumbers.notShown : ProjectionPage.pounds(SufficiencyGap.totalCost(rows))
        return HTMLTable(
            caption: "\(kind.label): children expected to need a place, places expected, shortfall and its cost",
            head: ["Month end", "Children expected", "Places expected", "Shortfall", "Cost of the shortfall"],
            rows: rows.map(cells),
            foot: ["Total", "", "", "", total])
    }

    /// One month's cells; in a month the reader may not see, demand, shortfall and cost are hidden together.
    func cells(_ row: SufficiencyGap.Row) -> [String] {
        let places = ProjectionPage.children(row.supply)
        guard !privacy.hides(row) else {
            return [
                row.month.long, privacy.hidden(row.demand), places, privacy.hidden(row.shortfall),
                SmallNumbers.notShown,
            ]
        }
        return [
            row.month.long, ProjectionPage.children(row.demand), places, ProjectionPage.children(row.shortfall),
            ProjectionPage.pounds(row.cost),
        ]
    }

    /// The chart's text alternative in brief: what it shows and where the gap is widest.
    func chartDescription(_ kind: SupplyKind, rows: [SufficiencyGap.Row], demandDrawn: Bool) -> String {
        guard let first = rows.first, let last = rows.last else { return "" }
        var text =
            "Line chart of the children expected to need \(kind.label.lowercased()) and the places expected, at each "
            + "month end from \(first.month.long) to \(last.month.long)."
        if !demandDrawn {
            text += " The children expected are not drawn: in some months they are \(SmallNumbers.fewer)."
        } else if let worst = rows.max(by: { $0.shortfall < $1.shortfall }), worst.shortfall >= 0.5 {
            text +=
                " The gap is widest on \(worst.month.long): about \(ProjectionPage.whole(worst.shortfall)) more children than places."
        } else {
            text += " There are enough places in every month."
        }
        return text + " The table below gives every month."
    }

    /// How the kind's demand and places are worked out, in a sentence.
    static func explanation(_ kind: SupplyKind) -> String {
        switch kind {
        case .kinship:
            "Children expected in foster care times the share placed with family and friends; places are "
                + "connected carers' approved places not on hold, which stay as they are (connected carers are "
                + "approved as a child arrives). A shortfall is priced as an agency foster placement."
        case .inHouseFostering:
            "Children expected in foster care times the share placed with the council's own carers; places grow "
                + "with expected approvals and shrink with resignations. A shortfall is priced as an agency foster "
                + "placement."
        case .councilResidential:
            "Children expected in children's homes times the share placed in council homes and block beds; places "
                + "are the beds open at each month end, with planned homes opening after the registration delay. "
                + "A shortfall is priced as an external children's home placement."
        }
    }
}
