extension LineChart {
    /// Grid lines and labels at each y tick, marks and labels at each x tick, both axis lines and their titles.
    func axes(x: ChartScale, y: ChartScale) -> Node {
        let plotLeft = Self.left, plotRight = Self.width - Self.right, plotBottom = Self.height - Self.bottom
        let c = Self.coordinate
        return .group([
            .forEach(yTicks) { tick in
                .group([
                    Self.line(
                        from: (plotLeft, y.position(tick)), to: (plotRight, y.position(tick)), colour: "#b1b4b6",
                        width: 1),
                    .svgText(
                        .x(c(plotLeft - 8)), .y(c(y.position(tick) + 5)), .textAnchor("end"), .text(yTickLabel(tick))),
                ])
            },
            .forEach(xTicks) { tick in
                .group([
                    Self.line(
                        from: (x.position(tick.value), plotBottom), to: (x.position(tick.value), plotBottom + 6),
                        colour: "#0b0c0c", width: 1),
                    .svgText(
                        .x(c(x.position(tick.value))), .y(c(plotBottom + 24)), .textAnchor("middle"), .text(tick.label)),
                ])
            },
            Self.line(from: (plotLeft, Self.top), to: (plotLeft, plotBottom), colour: "#0b0c0c", width: 2),
            Self.line(from: (plotLeft, plotBottom), to: (plotRight, plotBottom), colour: "#0b0c0c", width: 2),
            .svgText(
                .x(c((plotLeft + plotRight) / 2)), .y(c(Self.height - 12)), .textAnchor("middle"), .fontWeight("bold"),
                .text(xAxisLabel)),
            // Rotated a quarter turn, so x runs up the page: the label is centred on the plot's height.
            .svgText(
                .transform("rotate(-90)"), .x(c(-(Self.top + plotBottom) / 2)), .y("18"), .textAnchor("middle"),
                .fontWeight("bold"), .text(yAxisLabel)),
        ])
    }

    /// A straight line of the plot.
    static func line(
        from start: (Double, Double), to end: (Double, Double), colour: String, width: Int,
        dash: String? = nil
    ) -> Node {
        .line(
            .x1(coordinate(start.0)), .y1(coordinate(start.1)), .x2(coordinate(end.0)), .y2(coordinate(end.1)),
            .stroke(colour), .strokeWidth(String(width)), dash.map(Node.strokeDasharray) ?? .empty)
    }

    /// A dashed vertical line across the plot at the marker, labelled at its top.
    func markerLine(x: ChartScale) -> Node {
        guard let marker else { return .empty }
        let at = x.position(marker.value)
        return .group([
            Self.line(
                from: (at, Self.top), to: (at, Self.height - Self.bottom), colour: "#505a5f", width: 2, dash: "6 4"),
            .svgText(.x(Self.coordinate(at + 6)), .y(Self.coordinate(Self.top - 10)), .text(marker.label)),
        ])
    }

    /// The legend in words, each entry with a sample of its line (hidden from screen readers, which
    /// read the words).
    var legend: Node {
        .ul(
            .class("chart-legend"),
            .forEach(series) { s in
                .li(
                    .svg(
                        .width("40"), .height("12"), .ariaHidden("true"), .attribute(Attribute("focusable", "false")),
                        Self.line(from: (0, 6), to: (40, 6), colour: s.colour, width: 3, dash: s.dash)),
                    " ", .text("\(s.name): \(s.look)\(s.band.isEmpty ? "" : ", with its range shaded")"))
            },
            marker.map { .li(.text("Grey dashed vertical line: \($0.label)")) } ?? .empty)
    }
}
