import Foundation

/// A server-rendered SVG line chart whose values may fall below zero (a saving that starts as an outlay), with
/// a solid line across at zero. Drawn as `LineChart` is — the same size, margins, fonts, colours, line paths
/// and series — with its y axis running from a round value at or below the lowest point to one at or above
/// the highest, as `BarChart`'s does. The same chart always gives the same markup; nothing runs in the browser.
///
/// A chart is never the only way to read its numbers: pages put a data table right after it.
struct SignedLineChart {
    /// Prefix of the ids of the title and description (unique on the page).
    var id: String
    var title: String
    var description: String
    var xAxisLabel: String
    var yAxisLabel: String
    var series: [LineChart.Series]
    var xTicks: [LineChart.Tick]
    var yTickLabel: (Double) -> String
    /// What the line at zero means, for the legend ("£0: the investment paid back").
    var zeroMeaning: String

    static let left = LineChart.left, right = LineChart.right, top = LineChart.top, bottom = LineChart.bottom
    static let width = LineChart.width, height = LineChart.height

    /// The same lines as a `LineChart`, which writes their paths.
    var lines: LineChart {
        LineChart(
            id: id, title: title, description: description, xAxisLabel: xAxisLabel, yAxisLabel: yAxisLabel,
            series: series, xTicks: xTicks, yTickLabel: yTickLabel)
    }

    /// Round ticks from one at or below the lowest value (0 when none is negative) to one at or above the
    /// highest, about five steps of 1, 2 or 5 × a power of 10. Nothing to show gives 0 and 1.
    var yTicks: [Double] {
        let values = series.flatMap { $0.points.map(\.y) }.filter(\.isFinite)
        let lowest = min(0, values.min() ?? 0), highest = max(0, values.max() ?? 0)
        guard highest > lowest else { return [0, 1] }
        let step = ChartScale.niceStep((highest - lowest) / 5)
        // The small allowances keep 600 ÷ 100 at 6 steps despite rounding in the division.
        let first = Int((lowest / step + 1e-9).rounded(.down)), last = Int((highest / step - 1e-9).rounded(.up))
        return (first...max(first + 1, last)).map { Double($0) * step }
    }

    var xScale: ChartScale {
        let xs = series.flatMap { $0.points.map(\.x) } + xTicks.map(\.value)
        return ChartScale(domain: (xs.min() ?? 0)...(xs.max() ?? 1), from: Self.left, to: Self.width - Self.right)
    }

    var yScale: ChartScale {
        let ticks = yTicks
        return ChartScale(
            domain: (ticks.first ?? 0)...(ticks.last ?? 1), from: Self.height - Self.bottom, to: Self.top)
    }

    /// The chart and its legend.
    var node: Node {
        // Focusable: on a narrow screen the chart scrolls sideways inside its own region.
        .figure(.class("chart"), .tabindex("0"), svg, legend)
    }

    var svg: Node {
        let x = xScale, y = yScale, paths = lines
        return .svg(
            .class("chart-svg"), .role("img"), .ariaLabelledBy("\(id)-title \(id)-desc"),
            .viewBox("0 0 \(Int(Self.width)) \(Int(Self.height))"), .xmlns("http://www.w3.org/2000/svg"),
            .title(.id("\(id)-title"), .text(title)),
            .desc(.id("\(id)-desc"), .text(description)),
            .g(
                .fontFamily("Arial, Helvetica, sans-serif"), .fontSize("14"), .fill("#0b0c0c"),
                yAxis(y), xAxis(x),
                LineChart.line(
                    from: (Self.left, y.position(0)), to: (Self.width - Self.right, y.position(0)), colour: "#0b0c0c",
                    width: 2),
                .forEach(series.filter { !$0.points.isEmpty }) { s in
                    .path(
                        .d(paths.linePath(s.points, x: x, y: y)), .fill("none"), .stroke(s.colour), .strokeWidth("3"),
                        s.dash.map(Node.strokeDasharray) ?? .empty)
                }))
    }

    /// Grid lines and labels at each y tick, the y axis line and its title (rotated, centred on the plot).
    func yAxis(_ y: ChartScale) -> Node {
        let plotRight = Self.width - Self.right, plotBottom = Self.height - Self.bottom, c = LineChart.coordinate
        return .group([
            .forEach(yTicks) { tick in
                .group([
                    LineChart.line(
                        from: (Self.left, y.position(tick)), to: (plotRight, y.position(tick)), colour: "#b1b4b6",
                        width: 1),
                    .svgText(
                        .x(c(Self.left - 8)), .y(c(y.position(tick) + 5)), .textAnchor("end"), .text(yTickLabel(tick))),
                ])
            },
            LineChart.line(from: (Self.left, Self.top), to: (Self.left, plotBottom), colour: "#0b0c0c", width: 2),
            .svgText(
                .transform("rotate(-90)"), .x(c(-(Self.top + plotBottom) / 2)), .y("18"), .textAnchor("middle"),
                .fontWeight("bold"), .text(yAxisLabel)),
        ])
    }

    /// Marks and labels at each x tick under the plot, the bottom axis line and its title.
    func xAxis(_ x: ChartScale) -> Node {
        let plotRight = Self.width - Self.right, plotBottom = Self.height - Self.bottom, c = LineChart.coordinate
        return .group([
            .forEach(xTicks) { tick in
                .group([
                    LineChart.line(
                        from: (x.position(tick.value), plotBottom), to: (x.position(tick.value), plotBottom + 6),
                        colour: "#0b0c0c", width: 1),
                    .svgText(
                        .x(c(x.position(tick.value))), .y(c(plotBottom + 24)), .textAnchor("middle"),
                        .text(tick.label)),
                ])
            },
            LineChart.line(from: (Self.left, plotBottom), to: (plotRight, plotBottom), colour: "#0b0c0c", width: 1),
            .svgText(
                .x(c((Self.left + plotRight) / 2)), .y(c(Self.height - 12)), .textAnchor("middle"), .fontWeight("bold"),
                .text(xAxisLabel)),
        ])
    }

    /// The legend in words, each line with a sample of it (hidden from screen readers, which read the words),
    /// then the line at zero.
    var legend: Node {
        .ul(
            .class("chart-legend"),
            .forEach(series) { s in
                .li(sample(colour: s.colour, dash: s.dash), " ", .text("\(s.name): \(s.look)"))
            },
            .li(
                sample(colour: "#0b0c0c", dash: nil, width: 2), " ",
                .text("Black line across at zero: \(zeroMeaning)")))
    }

    func sample(colour: String, dash: String?, width: Int = 3) -> Node {
        .svg(
            .width("40"), .height("12"), .ariaHidden("true"), .attribute(Attribute("focusable", "false")),
            LineChart.line(from: (0, 6), to: (40, 6), colour: colour, width: width, dash: dash))
    }
}
