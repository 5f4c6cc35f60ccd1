import Foundation

/// A server-rendered SVG line chart: lines with optional shaded bands (an uncertainty range), axes with
/// labelled ticks, an optional vertical marker, a title and description for screen readers and a legend
/// in words. The same chart always gives the same markup, and nothing runs in the browser.
///
/// A chart is never the only way to read its numbers: pages put a data table right after it.
struct LineChart {
    struct Point: Hashable, Sendable {
        var x: Double
        var y: Double
    }

    struct BandPoint: Hashable, Sendable {
        var x: Double
        var lower: Double
        var upper: Double
    }

    /// A labelled place on the x axis (a tick, or the marker).
    struct Tick: Hashable, Sendable {
        var value: Double
        var label: String
    }

    struct Series: Hashable, Sendable {
        var name: String
        /// Stroke and band colour, at least 3:1 against white (WCAG 1.4.11 for graphics).
        var colour: String
        /// The colour and line style in words, for the legend ("blue, solid line").
        var look: String
        /// SVG `stroke-dasharray`, so lines differ by more than colour; `nil` for a solid line.
        var dash: String? = nil
        var points: [Point]
        var band: [BandPoint] = []
    }

    /// Prefix of the ids of the title and description (unique on the page).
    var id: String
    var title: String
    var description: String
    var xAxisLabel: String
    var yAxisLabel: String
    var series: [Series]
    var xTicks: [Tick]
    var yTickLabel: (Double) -> String
    var marker: Tick? = nil

    static let width = 720.0, height = 380.0
    /// Room for the y tick labels on the left, and on the right for half of the last x tick label.
    static let left = 100.0, right = 50.0, top = 30.0, bottom = 70.0

    /// Across the plot, from the smallest to the largest x of any point, band or the marker.
    var xScale: ChartScale {
        let xs = series.flatMap { $0.points.map(\.x) + $0.band.map(\.x) } + (marker.map { [$0.value] } ?? [])
        return ChartScale(domain: (xs.min() ?? 0)...(xs.max() ?? 1), from: Self.left, to: Self.width - Self.right)
    }

    /// From 0 to a round value at or above the highest point or band edge.
    var yTicks: [Double] {
        ChartScale.niceTicks(upTo: series.flatMap { $0.points.map(\.y) + $0.band.map(\.upper) }.max() ?? 0)
    }

    /// Up the plot: 0 at the bottom axis, the top tick at the top.
    var yScale: ChartScale {
        ChartScale(domain: 0...(yTicks.last ?? 1), from: Self.height - Self.bottom, to: Self.top)
    }

    /// "M100.0 310.0 L…": the line through the points in order.
    func linePath(_ points: [Point], x: ChartScale, y: ChartScale) -> String {
        points.enumerated().map { i, p in
            (i == 0 ? "M" : "L") + Self.coordinate(x.position(p.x)) + " " + Self.coordinate(y.position(p.y))
        }.joined(separator: " ")
    }

    /// The band as one closed shape: along the upper edge, then back along the lower edge.
    func bandPath(_ band: [BandPoint], x: ChartScale, y: ChartScale) -> String {
        guard !band.isEmpty else { return "" }
        let edge = band.map { Point(x: $0.x, y: $0.upper) } + band.reversed().map { Point(x: $0.x, y: $0.lower) }
        return linePath(edge, x: x, y: y) + " Z"
    }

    /// One decimal place is finer than a pixel and keeps the markup short and repeatable.
    static func coordinate(_ value: Double) -> String { String(format: "%.1f", value) }

    /// The chart and its legend.
    var node: Node {
        // Focusable: on a narrow screen the chart scrolls sideways inside its own region.
        .figure(.class("chart"), .tabindex("0"), svg, legend)
    }

    var svg: Node {
        let x = xScale, y = yScale
        return .svg(
            .class("chart-svg"), .role("img"), .ariaLabelledBy("\(id)-title \(id)-desc"),
            .viewBox("0 0 \(Int(Self.width)) \(Int(Self.height))"), .xmlns("http://www.w3.org/2000/svg"),
            .title(.id("\(id)-title"), .text(title)),
            .desc(.id("\(id)-desc"), .text(description)),
            .g(
                .fontFamily("Arial, Helvetica, sans-serif"), .fontSize("14"), .fill("#0b0c0c"),
                axes(x: x, y: y),
                .forEach(series.filter { !$0.band.isEmpty }) { s in
                    .path(.d(bandPath(s.band, x: x, y: y)), .fill(s.colour), .fillOpacity("0.15"), .stroke("none"))
                },
                markerLine(x: x),
                .forEach(series.filter { !$0.points.isEmpty }) { s in
                    .path(
                        .d(linePath(s.points, x: x, y: y)), .fill("none"), .stroke(s.colour), .strokeWidth("3"),
                        s.dash.map(Node.strokeDasharray) ?? .empty)
                }))
    }
}
