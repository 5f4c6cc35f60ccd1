import CareModel
import Forecasting
import Testing

@testable import WebApp

@Suite("Overview page wording")
struct OverviewPageTests {
    /// Shares round half up to whole percent; a non-zero count never shows as 0%.
    @Test(arguments: [
        (1, 622, "less than 1%"),  // 0.16% rounds to 0
        (3, 622, "less than 1%"),  // 0.48%
        (4, 622, "1%"),  // 0.64% → 1%
        (77, 622, "12%"),  // 12.38%
        (1, 2, "50%"),
        (0, 622, "0%"),
        (0, 0, "–"),
    ])
    func shares(part: Int, whole: Int, expected: String) {
        let page = OverviewPage(date: Day(iso: "2025-03-31")!, authorities: ["990"], stock: [])
        #expect(page.percent(part, of: whole) == expected)
    }

    /// Text and attribute values are escaped when written; an apostrophe only in attributes.
    @Test func escapesText() {
        #expect(Node.text("<b>Tom & \"Jerry's\"</b>").html == "&lt;b&gt;Tom &amp; &quot;Jerry's&quot;&lt;/b&gt;")
        #expect(
            Node.span(.class("<b>Tom & \"Jerry's\"</b>")).html
                == "<span class=\"&lt;b&gt;Tom &amp; &quot;Jerry&#39;s&quot;&lt;/b&gt;\"></span>")
    }
}

@Suite("Overview measures: distance from home and the 12-month flows")
struct OverviewMeasureTests {
    static let date = Day(iso: "2025-03-31")!

    /// 1 of 2 known is 50%; known for 2 of 3 children is said; none known says so.
    @Test func distanceWording() {
        var page = OverviewPage(
            date: Self.date, authorities: ["990"], stock: [],
            distance: DistanceFromHome(children: 3, known: 2, fartherThanThreshold: 1, threshold: 20))
        #expect(page.distanceMeasure.html.contains("<dd>50% (1 child; distance known for 2 of 3)</dd>"))
        page.distance = DistanceFromHome(children: 3, known: 0, fartherThanThreshold: 0, threshold: 20)
        #expect(page.distanceMeasure.html.contains("Not known"))
    }

    /// February: 5 in, 2 out (+3); March: 1 in, 4 out (−3); 12 months: 6 in, 6 out (0).
    @Test func flowTableAndThisMonth() {
        let flows = [
            MonthFlow(month: Day(iso: "2025-02-01")!, entries: 5, exits: 2),
            MonthFlow(month: Day(iso: "2025-03-01")!, entries: 1, exits: 4),
        ]
        let page = OverviewPage(date: Self.date, authorities: ["990"], stock: [], flows: flows)
        let table = page.flowTable().html
        #expect(
            table.contains(
                "<th scope=\"row\">February 2025</th><td class=\"numeric\">5</td><td class=\"numeric\">2</td><td class=\"numeric\">+3</td>"
            ))
        #expect(
            table.contains(
                "<th scope=\"row\">March 2025</th><td class=\"numeric\">1</td><td class=\"numeric\">4</td><td class=\"numeric\">−3</td>"
            ))
        #expect(
            table.contains(
                "<th scope=\"row\">12 months</th><td class=\"numeric\">6</td><td class=\"numeric\">6</td><td class=\"numeric\">0</td>"
            ))
        // The chart before the table: Feb and Mar ticks, and its text alternative with the 12-month sums.
        #expect(table.contains("<title id=\"flow-chart-title\">Children starting and leaving care each month</title>"))
        #expect(table.contains("from February 2025 to March 2025: 6 started and 6 left in all."))
        #expect(table.range(of: "<svg")!.lowerBound < table.range(of: "<table>")!.lowerBound)
        #expect(
            page.flowMeasure.html
                == "<dt>Started care in March 2025</dt><dd>1</dd><dt>Left care in March 2025</dt><dd>4</dd>")
    }
}
