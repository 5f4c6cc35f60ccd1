extension LineChart {
    /// Grid lines and labels at each y tick, marks and labels at each x tick, both axis lines and their titles.
    func axes(x: ChartScale, y: ChartScale) -> String {
        let plotLeft = Self.left, plotRight = Self.width - Self.right, plotBottom = Self.height - Self.bottom
        let c = Self.coordinate
        var out = ""
        for tick in yTicks {
            let at = c(y.position(tick))
            out += "<line x1=\"\(c(plotLeft))\" y1=\"\(at)\" x2=\"\(c(plotRight))\" y2=\"\(at)\" stroke=\"#b1b4b6\" stroke-width=\"1\"/>"
            out += "<text x=\"\(c(plotLeft - 8))\" y=\"\(c(y.position(tick) + 5))\" text-anchor=\"end\">\(escape(yTickLabel(tick)))</text>\n"
        }
        for tick in xTicks {
            let at = c(x.position(tick.value))
            out += "<line x1=\"\(at)\" y1=\"\(c(plotBottom))\" x2=\"\(at)\" y2=\"\(c(plotBottom + 6))\" stroke=\"#0b0c0c\" stroke-width=\"1\"/>"
            out += "<text x=\"\(at)\" y=\"\(c(plotBottom + 24))\" text-anchor=\"middle\">\(escape(tick.label))</text>\n"
        }
        out += "<line x1=\"\(c(plotLeft))\" y1=\"\(c(Self.top))\" x2=\"\(c(plotLeft))\" y2=\"\(c(plotBottom))\" stroke=\"#0b0c0c\" stroke-width=\"2\"/>\n"
        out += "<line x1=\"\(c(plotLeft))\" y1=\"\(c(plotBottom))\" x2=\"\(c(plotRight))\" y2=\"\(c(plotBottom))\" stroke=\"#0b0c0c\" stroke-width=\"2\"/>\n"
        out += "<text x=\"\(c((plotLeft + plotRight) / 2))\" y=\"\(c(Self.height - 12))\" text-anchor=\"middle\" font-weight=\"bold\">\(escape(xAxisLabel))</text>\n"
        // Rotated a quarter turn, so x runs up the page: the label is centred on the plot's height.
        out += "<text transform=\"rotate(-90)\" x=\"\(c(-(Self.top + plotBottom) / 2))\" y=\"18\" text-anchor=\"middle\" font-weight=\"bold\">\(escape(yAxisLabel))</text>\n"
        return out
    }

    /// A dashed vertical line across the plot at the marker, labelled at its top.
    func markerLine(x: ChartScale) -> String {
        guard let marker else { return "" }
        let at = Self.coordinate(x.position(marker.value))
        return "<line x1=\"\(at)\" y1=\"\(Self.coordinate(Self.top))\" x2=\"\(at)\" y2=\"\(Self.coordinate(Self.height - Self.bottom))\" "
            + "stroke=\"#505a5f\" stroke-width=\"2\" stroke-dasharray=\"6 4\"/>"
            + "<text x=\"\(Self.coordinate(x.position(marker.value) + 6))\" y=\"\(Self.coordinate(Self.top - 10))\">\(escape(marker.label))</text>\n"
    }

    /// The legend in words, each entry with a sample of its line (hidden from screen readers, which
    /// read the words).
    var legend: String {
        var out = "<ul class=\"chart-legend\">\n"
        for s in series {
            let dash = s.dash.map { " stroke-dasharray=\"\($0)\"" } ?? ""
            out += "<li><svg width=\"40\" height=\"12\" aria-hidden=\"true\" focusable=\"false\">"
            out += "<line x1=\"0\" y1=\"6\" x2=\"40\" y2=\"6\" stroke=\"\(s.colour)\" stroke-width=\"3\"\(dash)/></svg> "
            out += "\(escape(s.name)): \(escape(s.look))\(s.band.isEmpty ? "" : ", with its range shaded")</li>\n"
        }
        if let marker { out += "<li>Grey dashed vertical line: \(escape(marker.label))</li>\n" }
        return out + "</ul>\n"
    }
}
