import CareModel
import Testing

@testable import WebApp

@Suite("Line chart: scales, ticks and paths")
struct LineChartTests {
    /// Domain 0…10 onto 100…700: 5 is half-way, 400. A y axis runs backwards: 0…500 onto 310…30,
    /// so 100 is 310 − 100/500 × 280 = 254.
    @Test func scalesMapLinearly() {
        let x = ChartScale(domain: 0...10, from: 100, to: 700)
        #expect(x.position(0) == 100 && x.position(5) == 400 && x.position(10) == 700)
        let y = ChartScale(domain: 0...500, from: 310, to: 30)
        #expect(y.position(100) == 254)
        #expect(ChartScale(domain: 3...3, from: 100, to: 700).position(3) == 400)  // one value: the middle
    }

    /// maximum ÷ 5, raised to 1, 2, 5 or 10 × a power of ten, then steps from 0 to at or above the maximum:
    /// 437 → 87.4 → 100 (0…500); 45 → 9 → 10 (0…50); 600 → 120 → 200 (0…600);
    /// 1,234,567 → 246,913.4 → 500,000 (0…1,500,000); 1 → 0.2 → 0.2 (0…1); 0 → nothing to show: 0 and 1.
    @Test(
        "nice ticks",
        arguments: [
            (437.0, [0.0, 100, 200, 300, 400, 500]), (45, [0, 10, 20, 30, 40, 50]), (600, [0, 200, 400, 600]),
            (1_234_567, [0, 500_000, 1_000_000, 1_500_000]), (1, [0, 0.2, 0.4, 0.6, 0.8, 1]), (0, [0, 1]),
        ] as [(Double, [Double])])
    func niceTicks(maximum: Double, expected: [Double]) {
        let ticks = ChartScale.niceTicks(upTo: maximum)
        #expect(ticks.count == expected.count)
        for (tick, want) in zip(ticks, expected) { #expect(abs(tick - want) < 1e-9, "\(ticks)") }
    }

    /// Points (0, 0), (1, 10), (2, 5) and a band at x = 1 (8 to 12) and x = 2 (4 to 6). The highest value is
    /// the band's 12: 12 ÷ 5 = 2.4 → step 5, ticks 0, 5, 10, 15. The plot runs x 100…670 (720 − 50) and
    /// y 310 (380 − 70) up to 30, so x = 100 + x × 285 and y = 310 − v × 280 / 15:
    /// line (100, 310), (385, 123.33), (670, 216.67); band upper (385, 86), (670, 198), then lower back
    /// (670, 235.33), (385, 160.67).
    static var chart: LineChart {
        LineChart(
            id: "t", title: "Children <in care>", description: "A test chart.", xAxisLabel: "Month end",
            yAxisLabel: "Children",
            series: [
                LineChart.Series(
                    name: "Fostering", colour: "#1d70b8", look: "blue, solid line",
                    points: [.init(x: 0, y: 0), .init(x: 1, y: 10), .init(x: 2, y: 5)],
                    band: [.init(x: 1, lower: 8, upper: 12), .init(x: 2, lower: 4, upper: 6)])
            ], xTicks: [.init(value: 0, label: "Mar 2025"), .init(value: 2, label: "May 2025")],
            yTickLabel: { String(Int($0)) }, marker: .init(value: 1, label: "Projection starts"))
    }

    @Test func pathsAreWhereTheArithmeticPutsThem() {
        let chart = Self.chart
        #expect(chart.yTicks == [0, 5, 10, 15])
        let line = chart.linePath(chart.series[0].points, x: chart.xScale, y: chart.yScale)
        #expect(line == "M100.0 310.0 L385.0 123.3 L670.0 216.7")
        let band = chart.bandPath(chart.series[0].band, x: chart.xScale, y: chart.yScale)
        #expect(band == "M385.0 86.0 L670.0 198.0 L670.0 235.3 L385.0 160.7 Z")
        #expect(chart.svg.html.contains("<path d=\"\(line)\" fill=\"none\" stroke=\"#1d70b8\" stroke-width=\"3\"/>"))
        #expect(chart.svg.html.contains("<path d=\"\(band)\" fill=\"#1d70b8\" fill-opacity=\"0.15\" stroke=\"none\"/>"))
    }

    /// Ticks: y 10 at 310 − 10 × 280 / 15 = 123.3, its label 8 left of the axis and 5 lower; x "May 2025" at 670; the marker at 385.
    @Test func axesTitleAndLegendAreReadable() {
        let svg = Self.chart.svg.html
        #expect(svg.hasPrefix("<svg class=\"chart-svg\" role=\"img\" aria-labelledby=\"t-title t-desc\""))
        #expect(svg.contains("<title id=\"t-title\">Children &lt;in care&gt;</title>"))
        #expect(svg.contains("<desc id=\"t-desc\">A test chart.</desc>"))
        #expect(svg.contains("<text x=\"92.0\" y=\"128.3\" text-anchor=\"end\">10</text>"))
        #expect(svg.contains("<text x=\"670.0\" y=\"334.0\" text-anchor=\"middle\">May 2025</text>"))
        #expect(svg.contains(">Month end</text>") && svg.contains(">Children</text>"))
        #expect(svg.contains("<line x1=\"385.0\" y1=\"30.0\" x2=\"385.0\" y2=\"310.0\" stroke=\"#505a5f\""))
        let legend = Self.chart.legend.html
        #expect(legend.contains("Fostering: blue, solid line, with its range shaded</li>"))
        #expect(legend.contains("<li>Grey dashed vertical line: Projection starts</li>"))
        #expect(legend.contains("aria-hidden=\"true\""))
    }

    /// Half-tenths round half away from zero here because they are positive: 1,234.56 → 1,234.6.
    @Test(
        "numbers as people read them",
        arguments: [
            (1_234.56, "1,234.6", "1,235"), (0.04, "0.0", "0"), (12, "12.0", "12"), (-3, "0.0", "0"),
        ])
    func numbers(value: Double, children: String, whole: String) {
        #expect(ProjectionPage.children(value) == children)
        #expect(ProjectionPage.whole(value) == whole)
    }

    @Test func poundsAreWholeWithSeparators() {
        #expect(ProjectionPage.pounds(Money(pence: 123_456_750)) == "£1,234,568")
        #expect(ProjectionPage.pounds(Money(pence: 49)) == "£0")
        #expect(ProjectionPage.pounds(Money(pence: -150)) == "-£2")
    }

    /// 36 month ends: every 6th from the anchor (index 12) gives indexes 0, 6, …, 30 — six ticks, one on the start.
    @Test func ticksLandOnTheStart() {
        let start = Day(iso: "2025-03-31")!
        let dates = (-12...23).map { start.adding(months: $0).endOfMonth }
        let ticks = ProjectionPage.ticks(dates, anchor: start)
        #expect(ticks.map(\.label) == ["Mar 2024", "Sep 2024", "Mar 2025", "Sep 2025", "Mar 2026", "Sep 2026"])
    }
}
