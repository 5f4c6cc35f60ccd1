import CareModel
import Forecasting

/// The demand projection page: the form, then (when it ran) what the projection says — children in care
/// by kind of home with their range, and what they would cost — each as a chart followed by its table.
/// Aggregates only: no child is named, so every role may see it; the read-only role sees small numbers
/// suppressed (`ProjectionPage+Disclosure.swift`).
struct ProjectionPage {
    var form: ProjectionForm
    var authorities: [AuthorityCode]
    var problems: [ProjectionForm.Problem] = []
    var projection: DemandProjection? = nil
    /// Read-only accounts see a number of children that is (or rounds to) 1 to 5 as "fewer than 6", and
    /// no cost or chart line that would give one away.
    var disclosure = Disclosure.full

    var page: HTMLPage {
        HTMLPage(
            title: problems.isEmpty ? "Demand projection" : "Error: Demand projection",
            body: .group([
                .if(!problems.isEmpty, errorSummary),
                .h1("Demand projection"),
                projection.map(lede) ?? Self.introduction,
                form.html(authorities: authorities, problems: problems),
                projection.map(results) ?? .empty,
            ]),
            status: problems.isEmpty ? .ok : .badRequest)
    }

    /// The lede before anything is projected.
    static let introduction = Node.p(
        .class("lede"),
        .text(
            "How many children will be in care, in which kind of home, and what that will cost, if\n"
                + "children enter, move and leave care as they did in a reference window."))

    /// GOV.UK's error summary: first on the page, focused on load, each problem linking to its field.
    var errorSummary: Node {
        ErrorSummary(problems: problems.map { (field: $0.field, message: $0.message) }).node
    }

    /// Where the children are, for the lede: "" for the only authority.
    var scope: String {
        guard !form.la.isEmpty else {
            return authorities.count > 1 ? " in all \(authorities.count) authorities together" : ""
        }
        return " in authority \(form.la)"
    }

    func lede(_ projection: DemandProjection) -> Node {
        let settings = projection.settings
        let method =
            settings.method == .markov
            ? "stock-and-flow (Markov) method"
            : "Monte-Carlo method (\(settings.paths.grouped) paths)"
        let options =
            (settings.seasonal ? ", with seasonal entries" : "")
            + (settings.byTimeInPlacement ? ", by time in placement" : "")
        let from = projection.referenceStart.long, to = projection.referenceEnd.long
        return .p(
            .class("lede"),
            .text(
                "Children in care\(scope), projected \(settings.months) months from \(projection.start.long) by\n"
                    + "the \(method), at the rates seen from \(from) to \(to)\(options).\(onlyGroup(settings.group))"))
    }

    /// "\nOnly these children: UASC, female." when the projection is of a group; "" for every child.
    func onlyGroup(_ group: ChildGroup) -> String {
        group.isEveryone ? "" : "\nOnly these children: \(group.label)."
    }

    /// ": UASC, female" after a results heading when the projection is of a group, so no table of it is read
    /// as every child's; "" for every child.
    var groupHeading: String {
        guard let group = projection?.settings.group, !group.isEveryone else { return "" }
        return ": " + group.label
    }

    /// What the projection says: the numbers that matter most, then children and cost, each a chart and a table.
    func results(_ projection: DemandProjection) -> Node {
        let months = ProjectedMonth.months(of: projection)
        return .group([
            summary(projection, months: months), childrenSection(projection, months: months),
            costSection(projection),
        ])
    }

    func summary(_ projection: DemandProjection, months: [ProjectedMonth]) -> Node {
        var rows: [Node] = []
        if let now = projection.observed.last, now.date == projection.start {
            rows.append(.dt("In care on \(now.date.long)"))
            rows.append(.dd("\(wholeOrFewer(now.meanInCare)) children"))
        }
        if let last = months.last, let all = last.counts.last {
            rows.append(.dt("Projected for \(last.date.long)"))
            let expected =
                disclosure.shows(expected: all.mean)
                ? "\(Self.children(all.mean)) children (\(range(all)))" : "\(SmallNumbers.fewer) children"
            rows.append(.dd(.text(expected)))
        }
        let costsShown = !hiddenCosts(projection).contains { $0.last == true }
        for year in projection.costs?.financialYears ?? [] {
            rows.append(.dt("Projected cost, \(year.year.label)\(partYear(year.year, projection))"))
            rows.append(.dd(.text(costsShown ? Self.pounds(year.total) : SmallNumbers.notShown)))
        }
        return .dl(.class("summary-list"), .group(rows))
    }

    /// " (1 April to 30 June 2026)" when the projection covers only part of the financial year.
    func partYear(_ year: FinancialYear, _ projection: DemandProjection) -> String {
        let first = max(year.first, projection.start.adding(days: 1))
        let last = min(year.last, projection.start.adding(days: projection.days))
        return first == year.first && last == year.last ? "" : " (\(first.long) to \(last.long))"
    }

    func range(_ count: ProjectedMonth.Count) -> String {
        "\(Self.whole(count.lower)) to \(Self.whole(count.upper))"
    }

    /// Children to one decimal place, with thousands separators: 1234.56 → "1,234.6".
    static func children(_ value: Double) -> String {
        let tenths = Int((max(0, value) * 10).rounded())
        return "\((tenths / 10).grouped).\(tenths % 10)"
    }

    /// Children to the nearest whole child: 1234.56 → "1,235".
    static func whole(_ value: Double) -> String {
        Int(max(0, value).rounded()).grouped
    }

    /// Whole pounds with thousands separators (halves away from zero): £1,234,567.50 → "£1,234,568".
    static func pounds(_ money: Money) -> String {
        let pounds = (money.pence.magnitude + 50) / 100
        return (money.pence < 0 ? "-£" : "£") + Int(pounds).grouped
    }
}
