import CareModel
import Testing
@testable import WebApp

@Suite("Overview page wording")
struct OverviewPageTests {
    /// Shares round half up to whole percent; a non-zero count never shows as 0%.
    @Test(arguments: [
        (1, 622, "less than 1%"),   // 0.16% rounds to 0
        (3, 622, "less than 1%"),   // 0.48%
        (4, 622, "1%"),             // 0.64% → 1%
        (77, 622, "12%"),           // 12.38%
        (1, 2, "50%"),
        (0, 622, "0%"),
        (0, 0, "–"),
    ])
    func shares(part: Int, whole: Int, expected: String) {
        let page = OverviewPage(date: Day(iso: "2025-03-31")!, authorities: ["990"], stock: [])
        #expect(page.percent(part, of: whole) == expected)
    }

    @Test func escapesText() {
        #expect(escape("<b>Tom & \"Jerry's\"</b>") == "&lt;b&gt;Tom &amp; &quot;Jerry&#39;s&quot;&lt;/b&gt;")
    }
}
