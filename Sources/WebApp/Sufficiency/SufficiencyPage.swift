import CareModel
import CouncilTasks
import Forecasting

/// The sufficiency page (Children Act 1989 s22G): for each of the council's own kinds of home, the children
/// expected to need one against the places expected, month by month, the shortfall and what it costs when
/// those children are placed with the market instead; then the rules and inputs used, so a finance officer
/// can check them. Aggregates only: the read-only role sees it with small numbers suppressed
/// (`SufficiencyDisclosure`).
struct SufficiencyPage {
    var form: SufficiencyForm
    var authorities: [AuthorityCode]
    var problems: [QueryFormFields.Problem] = []
    var report: SufficiencyReport? = nil
    var disclosure = Disclosure.full

    static let heading = "Sufficiency: do we have enough of the right homes?"

    var privacy: SufficiencyDisclosure { SufficiencyDisclosure(disclosure) }

    var page: HTMLPage {
        HTMLPage(
            title: problems.isEmpty ? "Sufficiency" : "Error: Sufficiency",
            body: .group([
                .if(!problems.isEmpty, QueryFormFields.errorSummary(problems)),
                .h1(.text(Self.heading)),
                report.map(summary) ?? Self.introduction,
                form.html(authorities: authorities, problems: problems),
                report.map(results) ?? .empty,
            ]),
            status: problems.isEmpty ? .ok : .badRequest)
    }

    /// The lede before anything is worked out (a form in error).
    static let introduction = Node.p(
        .class("lede"),
        .text(
            "How many children are expected to need each kind of the council's own homes, how many places\n"
                + "there will be, and what the shortfall costs when those children are placed elsewhere."))

    /// Each kind's rows, oldest month first.
    func kindRows(_ kind: SupplyKind, in report: SufficiencyReport) -> [SufficiencyGap.Row] {
        report.rows.filter { $0.kind == kind }
    }

    /// The in-house foster sentence as the lede (the places the council most often lacks), the other kinds'
    /// under it, then what the whole shortfall costs and where the numbers start from.
    func summary(_ report: SufficiencyReport) -> Node {
        let others = SupplyKind.allCases.filter { $0 != .inHouseFostering }
        let total =
            privacy.hidesAny(report.rows)
            ? "The total cost is \(SmallNumbers.notShown): it would give away a number of \(SmallNumbers.fewer) children."
            : "In all, the shortfall is expected to cost about \(Self.about(report.totalCost))."
        return .group([
            .p(.class("lede"), .text(sentence(.inHouseFostering, report))),
            .ul(.forEach(others) { kind in .li(.text(sentence(kind, report))) }),
            .p(.text(total)),
            .p(
                .class("hint"),
                .text(
                    "Authority \(report.authority), projected from \(report.start.long), where its data ends, under the rules "
                        + "listed at the foot of the page.")),
        ])
    }

    /// "Over the next 24 months the council is expected to be short of about 12 in-house foster places at
    /// the worst, costing about £1.2 million placed with independent fostering agencies instead."
    func sentence(_ kind: SupplyKind, _ report: SufficiencyReport) -> String {
        let rows = kindRows(kind, in: report)
        let opening = "Over the next \(report.rules.months) months the council is expected to"
        guard let worst = rows.max(by: { $0.shortfall < $1.shortfall }), worst.shortfall >= 0.5 else {
            return "\(opening) have enough \(Self.noun(kind)) in every month."
        }
        let size =
            disclosure.shows(expected: worst.shortfall)
            ? "about \(ProjectionPage.whole(worst.shortfall))" : SmallNumbers.fewer
        let start = "\(opening) be short of \(size) \(Self.noun(kind)) at the worst (\(worst.month.monthAndYear))"
        let cost = SufficiencyGap.totalCost(rows)
        if privacy.hidesAny(rows) {
            return start
                + ". The cost is \(SmallNumbers.notShown): it would give away a number of \(SmallNumbers.fewer) children."
        }
        if cost == .zero {
            return start
                + ". Its cost is not known: the costs register has no placements with \(kind.shortfallGoesTo) to price it by."
        }
        return start + ", costing about \(Self.about(cost)) placed with \(kind.shortfallGoesTo) instead."
    }

    /// What the council lacks when it is short of a kind, in a councillor's words.
    static func noun(_ kind: SupplyKind) -> String {
        switch kind {
        case .kinship: "kinship foster places"
        case .inHouseFostering: "in-house foster places"
        case .councilResidential: "council and block children's home beds"
        }
    }

    /// What the page shows once the gap is worked out: a chart and table per kind, then the rules used.
    func results(_ report: SufficiencyReport) -> Node {
        .group([
            .forEach(SupplyKind.allCases) { kind in kindSection(kind, rows: kindRows(kind, in: report)) },
            inputsSection(report),
            whereChildrenLiveSection(report),
        ])
    }

    /// Money for a sentence, as exact as a councillor needs: "£1.2 million", "£450,000", "£850".
    static func about(_ money: Money) -> String {
        let pounds = Double(money.pence) / 100
        if pounds >= 999_500 {
            let tenths = Int((pounds / 100_000).rounded())
            return tenths % 10 == 0 ? "£\((tenths / 10).grouped) million" : "£\(tenths / 10).\(tenths % 10) million"
        }
        if pounds >= 10_000 { return "£" + (Int((pounds / 1_000).rounded()) * 1_000).grouped }
        return ProjectionPage.pounds(money)
    }

    /// A share as a percentage to one decimal place, without a needless ".0": 0.2 → "20%", 1/6 → "16.7%".
    static func percent(_ fraction: Double) -> String {
        let tenths = Int((fraction * 1_000).rounded())
        return tenths % 10 == 0 ? "\(tenths / 10)%" : "\(tenths / 10).\(abs(tenths % 10))%"
    }
}
