import CareModel
import Forecasting

/// How the Scenarios pages say a scenario in words: its levers as sentences (naming children only to a
/// reader who may see them), what it costs against the baseline, what it invests and when it pays that
/// back, and how many children — "about 42".
enum ScenarioWording {
    /// The lever as a sentence (`Lever.summary`); for a reader who may not see children, a lever that names
    /// children says how many instead ("for 3 named children").
    static func summary(_ lever: Lever, namesChildren: Bool) -> String {
        guard !namesChildren, let chosen = selection(of: lever), case .named(let children) = chosen else {
            return lever.summary
        }
        return lever.summary.replacingOccurrences(of: chosen.summary, with: named(children.count))
    }

    /// "1 named child", "3 named children".
    static func named(_ count: Int) -> String { count == 1 ? "1 named child" : "\(count.grouped) named children" }

    /// The children a lever chooses, for the levers that choose some.
    static func selection(of lever: Lever) -> ChildSelection? {
        switch lever {
        case .openHome(let home): home.children
        case .stepDown(let stepDown): stepDown.children
        default: nil
        }
    }

    /// Whether any of the levers names children by their references.
    static func namesChildren(_ levers: [Lever]) -> Bool {
        levers.contains { lever in
            if case .named? = selection(of: lever) { return true }
            return false
        }
    }

    /// "£1.1 million less than the baseline", "£45,000 more than the baseline", or "The same as the baseline".
    static func difference(_ amount: Money) -> String {
        if amount == .zero { return "The same as the baseline" }
        let size = SufficiencyPage.about(amount < .zero ? -amount : amount)
        return amount < .zero ? "\(size) less than the baseline" : "\(size) more than the baseline"
    }

    /// "£450,000", or "Nothing" when the levers cost nothing to put in place.
    static func investment(_ amount: Money) -> String { amount == .zero ? "Nothing" : SufficiencyPage.about(amount) }

    /// "Breaks even in June 2025", "Does not break even within 24 months", or, with nothing invested, that
    /// there is nothing to pay back.
    static func breakEven(_ result: ScenarioResult) -> String {
        if let month = result.breakEven { return "Breaks even in \(month.first.monthAndYear)" }
        if result.investment == .zero { return "Nothing is invested, so there is nothing to pay back" }
        return "Does not break even within \(result.months.count) months"
    }

    /// The sentence with its first letter in lower case, to go after a comma.
    static func lowerFirst(_ text: String) -> String { text.prefix(1).lowercased() + text.dropFirst() }

    /// "about 42"; "fewer than 6" for a reader who may not see so few.
    static func about(_ children: Double, _ disclosure: Disclosure) -> String {
        disclosure.shows(expected: children) ? "about \(ProjectionPage.whole(children))" : SmallNumbers.fewer
    }

    /// "likely 480 to 530" for a range of children; nothing for a reader who may not see its low end.
    static func likely(_ range: ClosedRange<Double>?, _ disclosure: Disclosure) -> String? {
        guard let range, disclosure.shows(expected: range.lowerBound) else { return nil }
        return "likely \(ProjectionPage.whole(range.lowerBound)) to \(ProjectionPage.whole(range.upperBound))"
    }

    /// "£512,345", with "(likely £480,100 to £540,200)" after it when the month has a range.
    static func cost(_ amount: Money, range: ClosedRange<Money>?) -> String {
        let money = ProjectionPage.pounds(amount)
        guard let range else { return money }
        let low = ProjectionPage.pounds(range.lowerBound), high = ProjectionPage.pounds(range.upperBound)
        return "\(money) (likely \(low) to \(high))"
    }
}
