import CareModel

/// One child's record: who they are (date of birth to the month only) and the timeline of their
/// placements with each one's weekly price history and contributions from the costs register.
struct ChildPage {
    var history: ChildHistory
    /// The day ages are worked out on: the data date, as on the list.
    var date: Day
    /// The register's placements for this child.
    var costs: [PlacementCost]

    var page: HTMLPage {
        let placements = Placement.placements(from: history.episodes)
        return HTMLPage(
            title: "Child \(history.child.id)",
            body: .group([
                .p(.a(.href(Route.children.path), .class("back-link"), "Back to children")),
                .h1("Child \(history.child.id)"),
                summary,
                .h2("Placements and cost"),
                placements.isEmpty ? .p("No placements recorded.") : timeline(placements),
                .forEach(placements) { placement in
                    costHistory(placement, cost: costs.first(where: { $0.placementStart == placement.start }))
                },
            ]))
    }

    /// Children's pages show the month of birth, not the day: enough for age, less to identify a child by.
    static func monthOfBirth(_ day: Day) -> String { day.monthAndYear }

    var summary: Node {
        let child = history.child
        return .dl(
            .class("summary-list"),
            .dt("Child ID"), .dd(.text(child.id)),
            .dt("Authority"), .dd(.text(history.authority)),
            .dt("Age on \(date.long)"), .dd(.text(String(child.age(on: date)))),
            .dt("Sex"), .dd(.text(child.sex.label)),
            .dt("Born"), .dd(.text(Self.monthOfBirth(child.dateOfBirth))))
    }

    func timeline(_ placements: [Placement]) -> Node {
        let rows = placements.map { p in
            let cost = costs.first { $0.placementStart == p.start }
            return [
                p.start.long, p.end?.long ?? "Continuing", p.category.label, cost?.providerLabel ?? "–",
                cost?.rates.last?.weekly.formatted ?? "–",
            ]
        }
        return HTMLTable(
            caption: "Placements of child \(history.child.id), oldest first",
            head: ["Start", "End", "Kind of home", "Provider", "Latest weekly price"],
            rows: rows, firstColumnIsText: 4
        ).node
    }

    func costHistory(_ placement: Placement, cost: PlacementCost?) -> Node {
        guard let cost, !cost.rates.isEmpty || !cost.contributions.isEmpty else { return .empty }
        let start = placement.start.long
        return .group([
            .h3("Placement from \(start)"),
            .if(!cost.rates.isEmpty, rateTable(cost, from: start)),
            .if(!cost.contributions.isEmpty, contributionTable(cost, from: start)),
        ])
    }

    /// The placement's weekly price and each change to it; `start` is the placement's start, written out.
    func rateTable(_ cost: PlacementCost, from start: String) -> Node {
        HTMLTable(
            caption: "Weekly price of the placement from \(start)",
            head: ["From", "Change", "Weekly price"],
            rows: cost.rates.map { [$0.effectiveFrom.long, $0.change.label, $0.weekly.formatted] },
            firstColumnIsText: 2
        ).node
    }

    /// What others pay towards the placement; `start` is the placement's start, written out.
    func contributionTable(_ cost: PlacementCost, from start: String) -> Node {
        HTMLTable(
            caption: "Contributions to the placement from \(start)",
            head: ["From", "Through", "Source", "Weekly"],
            rows: cost.contributions.map(Self.cells), firstColumnIsText: 3
        ).node
    }

    static func cells(_ c: Contribution) -> [String] {
        [
            c.from.long, c.through?.long ?? "Continuing", c.source.label + (c.detail.map { " (\($0))" } ?? ""),
            c.weekly.formatted,
        ]
    }
}
