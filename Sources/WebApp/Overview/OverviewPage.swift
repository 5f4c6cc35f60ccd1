import CareModel
import Forecasting

/// The first page: how many children are in care on the data date, in which kinds of home.
struct OverviewPage: Sendable {
    var date: Day
    var authorities: [AuthorityCode]
    var stock: [InCareCount]
    /// Entries and exits in each of the 12 months up to the data date, oldest first.
    var flows: [MonthFlow] = []
    var distance: DistanceFromHome? = nil
    /// The children counted: everyone, or those the filter form chose (`OverviewPage+Filter.swift`).
    var group = ChildGroup.everyone
    /// Of the children counted, those who were unaccompanied asylum-seeking children on `date`.
    var uascInCare = 0
    /// Read-only accounts see numbers of children from 1 to 5 as "fewer than 6" (`SmallNumbers`), and no
    /// share or chart line that would give one away.
    var disclosure = Disclosure.full

    var page: HTMLPage {
        let total = stock.reduce(0) { $0 + $1.children }
        let across = authorities.count > 1 ? " across \(authorities.count) authorities." : "."
        return HTMLPage(
            title: "Children in care",
            body: .group([
                .h1("Children in care"),
                groupCaption,
                .p(.class("lede"), .text(inCare(total)), .text(across), " ", .text(uascSentence)),
                Self.filterForm(ChildGroupFields(group: group)),
                measures(total: total),
                flowTable(),
                categoryTable(total: total),
                ageTable(),
            ]))
    }

    /// "2 children were in care on 31 March 2025"; "Fewer than 6 children were…" when that is all.
    func inCare(_ total: Int) -> String {
        guard disclosure.shows(children: total) else {
            return "Fewer than \(SmallNumbers.threshold) children were in care on \(date.long)"
        }
        return "\(Self.children(total)) \(total == 1 ? "was" : "were") in care on \(date.long)"
    }

    /// "Of these, 3 were unaccompanied asylum-seeking children (UASC).", with "fewer than 6" for the
    /// read-only role when that is all, as DfE statistics report UASC in care on the day.
    var uascSentence: String {
        let who = "unaccompanied asylum-seeking children (UASC)."
        guard uascInCare > 0 else { return "Of these, none were \(who)" }
        guard disclosure.shows(children: uascInCare) else { return "Of these, \(SmallNumbers.fewer) were \(who)" }
        guard uascInCare > 1 else { return "Of these, 1 was an unaccompanied asylum-seeking child (UASC)." }
        return "Of these, \(uascInCare.grouped) were \(who)"
    }

    func count(where include: (InCareCount) -> Bool) -> Int {
        stock.filter(include).reduce(0) { $0 + $1.children }
    }

    func measures(total: Int) -> Node {
        let family = count { $0.category.isFamilyBased }
        let commissioned = count { $0.category.isCommissioned }
        return .dl(
            .class("summary-list"),
            .dt("In family-based settings"), .dd(.text(share(family, of: total))),
            .dt("In commissioned placements"), .dd(.text(share(commissioned, of: total))),
            distanceMeasure, flowMeasure)
    }

    /// "50% (1 children)"; without the share when the number is hidden, as the share would give it away.
    func share(_ part: Int, of total: Int) -> String {
        guard disclosure.shows(children: part) else { return "\(SmallNumbers.fewer) children" }
        return "\(percent(part, of: total)) (\(part.grouped) children)"
    }

    func categoryTable(total: Int) -> Node {
        let counts = PlacementCategory.allCases.map { category in count { $0.category == category } }
        let rows = zip(PlacementCategory.allCases, counts).map { category, n -> [String] in
            [
                category.label, disclosure.count(n),
                disclosure.shows(children: n) ? percent(n, of: total) : SmallNumbers.notShown,
            ]
        }
        return .group([
            HTMLTable(
                caption: "Children in care on \(date.long) by kind of home",
                head: ["Kind of home", "Children", "Share"], rows: rows,
                foot: ["Total", disclosure.count(total), total > 0 ? "100%" : "–"]
            ).node,
            .smallNumbersNote(if: hides(counts + [total])),
        ])
    }

    func ageTable() -> Node {
        let counts = AgeBand.allCases.map { band in count { $0.ageBand == band } }
        let rows = zip(AgeBand.allCases, counts).map { band, n in [band.label, disclosure.count(n)] }
        return .group([
            HTMLTable(caption: "Children in care on \(date.long) by age", head: ["Age", "Children"], rows: rows).node,
            .smallNumbersNote(if: hides(counts)),
        ])
    }

    /// Whether the reader is shown any of `numbers` as "fewer than 6" (the table then says why).
    func hides(_ numbers: [Int]) -> Bool {
        numbers.contains { !disclosure.shows(children: $0) }
    }

    func percent(_ part: Int, of whole: Int) -> String {
        guard whole > 0 else { return "–" }
        let rounded = (part * 100 + whole / 2) / whole
        return part > 0 && rounded == 0 ? "less than 1%" : "\(rounded)%"
    }

    static func children(_ n: Int) -> String { n == 1 ? "1 child" : "\(n.grouped) children" }
}

extension OverviewPage {
    /// "Placed more than 20 miles from home", among the children whose PL_DISTANCE is known.
    var distanceMeasure: Node {
        guard let distance, distance.children > 0 else { return .empty }
        guard distance.known > 0 else {
            return .group([
                .dt("Placed more than 20 miles from home"), .dd("Not known: the returns give no PL_DISTANCE"),
            ])
        }
        let far = distance.fartherThanThreshold
        let coverage =
            distance.known == distance.children
            ? "" : "; distance known for \(disclosure.count(distance.known)) of \(disclosure.count(distance.children))"
        let said =
            disclosure.shows(children: far)
            ? "\(percent(far, of: distance.known)) (\(Self.children(far))\(coverage))"
            : "\(SmallNumbers.fewer) children\(coverage)"
        return .group([.dt("Placed more than 20 miles from home"), .dd(.text(said))])
    }

    /// Entries and exits in the data date's month.
    var flowMeasure: Node {
        guard let month = flows.last else { return .empty }
        let name = month.month.monthAndYear
        return .group([
            .dt("Started care in \(name)"), .dd(.text(disclosure.count(month.entries))),
            .dt("Left care in \(name)"), .dd(.text(disclosure.count(month.exits))),
        ])
    }
}
