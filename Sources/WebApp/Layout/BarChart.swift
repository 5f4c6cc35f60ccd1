import Foundation

/// A server-rendered SVG bar chart: a group of bars at each place on the x axis (a month, say), one bar per
/// series side by side, with axes and labelled ticks, a line at zero when values go below it, a title and
/// description for screen readers and a legend in words. Drawn as `LineChart` is drawn (the same size,
/// margins, fonts and colours), the same chart always gives the same markup, and nothing runs in the browser.
///
/// A chart is never the only way to read its numbers: pages put a data table right after it.
struct BarChart {
    struct Series: Hashable, Sendable {
        var name: String
        /// The bar's inside and outline, each at least 3:1 against white (WCAG 1.4.11 for graphics), and
        /// the series told apart by more than colour (a solid bar beside an outlined one).
        var fill: String
        var stroke: String
        /// The look in words, for the legend ("solid black bars").
        var look: String
    }

    /// One place on the x axis: its label and its bars' values, one per series in the series' order.
    struct Group: Hashable, Sendable {
        var label: String
        var values: [Double]
    }

    /// Prefix of the ids of the title and description (unique on the page).
    var id: String
    var title: String
    var description: String
    var xAxisLabel: String
    var yAxisLabel: String
    var series: [Series]
    var groups: [Group]
    var yTickLabel: (Double) -> String

    static let width = LineChart.width, height = LineChart.height
    static let left = LineChart.left, right = 20.0, top = LineChart.top, bottom = LineChart.bottom

    /// Round ticks from one at or below the lowest value (0 when none is negative) to one at or above the
    /// highest, about five steps of 1, 2 or 5 × a power of 10. Nothing to show gives 0 and 1.
    var yTicks: [Double] {
        let values = groups.flatMap(\.values).filter(\.isFinite)
        let lowest = min(0, values.min() ?? 0), highest = max(0, values.max() ?? 0)
        guard highest > lowest else { return [0, 1] }
        let step = ChartScale.niceStep((highest - lowest) / 5)
        // The small allowances keep 600 ÷ 100 at 6 steps despite rounding in the division.
        let first = Int((lowest / step + 1e-9).rounded(.down)), last = Int((highest / step - 1e-9).rounded(.up))
        return (first...max(first + 1, last)).map { Double($0) * step }
    }

    /// Up the plot: the lowest tick at the bottom axis, the highest at the top.
    var yScale: ChartScale {
        let ticks = yTicks
        return ChartScale(
            domain: (ticks.first ?? 0)...(ticks.last ?? 1), from: Self.height - Self.bottom, to: Self.top)
    }

    /// The width each group has across the plot; its bars take the middle four fifths of it.
    var band: Double { (Self.width - Self.right - Self.left) / Double(max(1, groups.count)) }

    /// The chart and its legend.
    var node: Node {
        // Focusable: on a narrow screen the chart scrolls sideways inside its own region.
        .figure(.class("chart"), .tabindex("0"), svg, legend)
    }

    var svg: Node {
        let y = yScale
        return .svg(
            .class("chart-svg"), .role("img"), .ariaLabelledBy("\(id)-title \(id)-desc"),
            .viewBox("0 0 \(Int(Self.width)) \(Int(Self.height))"), .xmlns("http://www.w3.org/2000/svg"),
            .title(.id("\(id)-title"), .text(title)),
            .desc(.id("\(id)-desc"), .text(description)),
            .g(
                .fontFamily("Arial, Helvetica, sans-serif"), .fontSize("14"), .fill("#0b0c0c"), yAxis(y), bars(y),
                xAxis(y)))
    }

    /// Each group's bars, side by side in the series' order; a value of 0 draws nothing.
    func bars(_ y: ChartScale) -> Node {
        let barWidth = band * 0.8 / Double(max(1, series.count)), zero = y.position(0)
        let c = LineChart.coordinate
        return .forEach(groups.indices) { g in
            .forEach(series.indices) { s in
                guard s < groups[g].values.count, groups[g].values[s] != 0, groups[g].values[s].isFinite else {
                    return .empty
                }
                let end = y.position(groups[g].values[s])
                let x = Self.left + Double(g) * band + band * 0.1 + Double(s) * barWidth
                return .rect(
                    .x(c(x)), .y(c(min(end, zero))), .width(c(barWidth)), .height(c(abs(end - zero))),
                    .fill(series[s].fill), .stroke(series[s].stroke), .strokeWidth("2"))
            }
        }
    }

    /// Grid lines and labels at each y tick, the y axis line and its title (rotated, centred on the plot).
    func yAxis(_ y: ChartScale) -> Node {
        let plotLeft = Self.left, plotRight = Self.width - Self.right, plotBottom = Self.height - Self.bottom
        let c = LineChart.coordinate
        return .group([
            .forEach(yTicks) { tick in
                .group([
                    LineChart.line(
                        from: (plotLeft, y.position(tick)), to: (plotRight, y.position(tick)), colour: "#b1b4b6",
                        width: 1),
                    .svgText(
                        .x(c(plotLeft - 8)), .y(c(y.position(tick) + 5)), .textAnchor("end"), .text(yTickLabel(tick))),
                ])
            },
            LineChart.line(from: (plotLeft, Self.top), to: (plotLeft, plotBottom), colour: "#0b0c0c", width: 2),
            .svgText(
                .transform("rotate(-90)"), .x(c(-(Self.top + plotBottom) / 2)), .y("18"), .textAnchor("middle"),
                .fontWeight("bold"), .text(yAxisLabel)),
        ])
    }

    /// The line at zero (over the bars' feet), each group's label under the plot, and the axis title.
    func xAxis(_ y: ChartScale) -> Node {
        let plotRight = Self.width - Self.right, plotBottom = Self.height - Self.bottom
        let c = LineChart.coordinate
        return .group([
            LineChart.line(
                from: (Self.left, y.position(0)), to: (plotRight, y.position(0)), colour: "#0b0c0c", width: 2),
            .forEach(groups.indices) { g in
                .svgText(
                    .x(c(Self.left + (Double(g) + 0.5) * band)), .y(c(plotBottom + 24)), .textAnchor("middle"),
                    .text(groups[g].label))
            },
            .svgText(
                .x(c((Self.left + plotRight) / 2)), .y(c(Self.height - 12)), .textAnchor("middle"), .fontWeight("bold"),
                .text(xAxisLabel)),
        ])
    }

    /// The legend in words, each entry with a sample of its bar (hidden from screen readers, which read the
    /// words).
    var legend: Node {
        .ul(
            .class("chart-legend"),
            .forEach(series) { s in
                .li(
                    .svg(
                        .width("24"), .height("16"), .ariaHidden("true"), .attribute(Attribute("focusable", "false")),
                        .rect(
                            .x("1"), .y("1"), .width("22"), .height("14"), .fill(s.fill), .stroke(s.stroke),
                            .strokeWidth("2"))),
                    " ", .text("\(s.name): \(s.look)"))
            })
    }
}
