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
        var body = "<p><a href=\"/children\" class=\"back-link\">Back to children</a></p>\n"
        body += "<h1>Child \(escape(history.child.id))</h1>\n"
        body += summary
        body += "<h2>Placements and cost</h2>\n"
        body += placements.isEmpty ? "<p>No placements recorded.</p>\n" : timeline(placements)
        for placement in placements {
            body += costHistory(placement, cost: costs.first { $0.placementStart == placement.start })
        }
        return HTMLPage(title: "Child \(history.child.id)", body: body)
    }

    /// Children's pages show the month of birth, not the day: enough for age, less to identify a child by.
    static func monthOfBirth(_ day: Day) -> String { day.monthAndYear }

    var summary: String {
        let child = history.child
        return """
        <dl class="summary-list">
        <dt>Child ID</dt><dd>\(escape(child.id))</dd>
        <dt>Authority</dt><dd>\(escape(history.authority))</dd>
        <dt>Age on \(date.long)</dt><dd>\(child.age(on: date))</dd>
        <dt>Sex</dt><dd>\(escape(child.sex.label))</dd>
        <dt>Born</dt><dd>\(Self.monthOfBirth(child.dateOfBirth))</dd>
        </dl>

        """
    }

    func timeline(_ placements: [Placement]) -> String {
        let rows = placements.map { p in
            let cost = costs.first { $0.placementStart == p.start }
            return [p.start.long, p.end?.long ?? "Continuing", p.category.label, cost?.providerLabel ?? "–",
                    cost?.rates.last?.weekly.formatted ?? "–"]
        }
        return HTMLTable(caption: "Placements of child \(history.child.id), oldest first",
                         head: ["Start", "End", "Kind of home", "Provider", "Latest weekly price"],
                         rows: rows, firstColumnIsText: 4).html
    }

    func costHistory(_ placement: Placement, cost: PlacementCost?) -> String {
        guard let cost, !cost.rates.isEmpty || !cost.contributions.isEmpty else { return "" }
        var out = "<h3>Placement from \(placement.start.long)</h3>\n"
        if !cost.rates.isEmpty {
            out += HTMLTable(caption: "Weekly price of the placement from \(placement.start.long)",
                             head: ["From", "Change", "Weekly price"],
                             rows: cost.rates.map { [$0.effectiveFrom.long, $0.change.label, $0.weekly.formatted] },
                             firstColumnIsText: 2).html
        }
        if !cost.contributions.isEmpty {
            out += HTMLTable(caption: "Contributions to the placement from \(placement.start.long)",
                             head: ["From", "Through", "Source", "Weekly"],
                             rows: cost.contributions.map(Self.cells), firstColumnIsText: 3).html
        }
        return out
    }

    static func cells(_ c: Contribution) -> [String] {
        [c.from.long, c.through?.long ?? "Continuing", c.source.label + (c.detail.map { " (\($0))" } ?? ""), c.weekly.formatted]
    }
}
