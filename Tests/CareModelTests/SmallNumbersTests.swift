import Testing

@testable import CareModel

/// The small-number rule: 1 to 5 children are "fewer than 6"; 0 and 6 or more are shown as they are.
@Suite("Small-number suppression")
struct SmallNumbersTests {
    /// (children, as read-only sees it, whether read-only sees it)
    @Test(arguments: [
        (0, "0", true),  // zero identifies nobody
        (1, "fewer than 6", false),
        (2, "fewer than 6", false),
        (3, "fewer than 6", false),
        (4, "fewer than 6", false),
        (5, "fewer than 6", false),
        (6, "6", true),  // the threshold itself is shown
        (7, "7", true),
        (1_234, "1,234", true),
    ])
    func suppressed(children: Int, shown: String, visible: Bool) {
        #expect(SmallNumbers.isSmall(children) == !visible)
        #expect(Disclosure.suppressSmallNumbers.count(children) == shown)
        #expect(Disclosure.suppressSmallNumbers.shows(children: children) == visible)
    }

    /// Full disclosure shows every number as it is: 1 → "1", 5 → "5".
    @Test(arguments: [0, 1, 4, 5, 6, 1_234])
    func fullShowsEverything(children: Int) {
        #expect(Disclosure.full.shows(children: children))
        #expect(Disclosure.full.count(children) == children.grouped)
    }

    /// Projected numbers are judged by the whole number they round to: 0.49 → 0 (shown), 0.5 → 1 and
    /// 5.49 → 5 (hidden), 5.5 → 6 (shown); a number that is not finite has nothing to hide.
    @Test(arguments: [
        (0.0, true), (0.49, true), (0.5, false), (3.2, false), (5.49, false), (5.5, true), (12.7, true),
        (-0.3, true), (Double.nan, true), (Double.infinity, true),
    ])
    func expectedNumbers(children: Double, visible: Bool) {
        #expect(Disclosure.suppressSmallNumbers.shows(expected: children) == visible)
        #expect(Disclosure.full.shows(expected: children))
    }

    @Test func wordsTheNoteUses() {
        #expect(SmallNumbers.threshold == 6)
        #expect(SmallNumbers.fewer == "fewer than 6")
        #expect(
            SmallNumbers.note
                == "To protect children's privacy, numbers from 1 to 5 are shown as ‘fewer than 6’, "
                + "and costs added up or averaged over so few children are not shown.")
    }
}
