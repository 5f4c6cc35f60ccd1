import CareModel
import CouncilTasks

/// The homes page's "The market around you": from Ofsted's register, the children's homes and their places in
/// the authority's area and around it — by area, by sector and by the largest owners — and, whatever the area,
/// the children placed on the page's day with a provider Ofsted last judged Inadequate, so each placement can
/// be reviewed. Children are named by ID only to roles that may see children's records; others get a count.
struct HomesMarketSection {
    var market: HomesMarket
    /// The authority the page is about, for the form to come back to.
    var authority: AuthorityCode
    /// Whether the role may see children by ID (`RouteAccess.childLevel`).
    var namesChildren: Bool

    static let heading = "The market around you"
    static let flagsHeading = "Children placed with a provider Ofsted last judged Inadequate"

    var node: Node {
        let heading = Node.h2(.id("market"), .text(Self.heading))
        guard let loadedAt = market.loadedAt, let local = market.market else {
            return .group([heading, Self.notLoaded])
        }
        return .group([
            heading,
            .p(.class("hint"), .text("Ofsted's register was loaded on \(DataPage.time(loadedAt)).")),
            market.area.form(la: authority, problems: []),
            market.area.isEmpty ? Self.areaHint : tallies(local),
            flags(local),
        ])
    }

    /// What to do when there is no register: the section has nothing else to show without it.
    static let notLoaded = Node.p(
        .text(
            "Ofsted's register of children's social care providers is not loaded. To see the homes around you "
                + "and any child placed with a provider judged Inadequate, run "),
        .code("hearth import ofsted-providers FILE"),
        .text(" with Ofsted's provider-level file."))

    static let areaHint = Node.p(
        .text(
            "Enter your area above to see the children's homes and places in it and around it, by sector and by "
                + "owner."))

    /// The homes and places by area (with the total), by sector and by the largest owners.
    func tallies(_ local: LocalMarket) -> Node {
        let byArea = HTMLTable(
            caption: "Children's homes and places by area", head: ["Area", "Children's homes", "Places"],
            rows: local.areas.map(Self.cells), foot: Self.cells(local.total)
        ).node
        guard local.total.homes > 0 else {
            return .group([
                byArea,
                .p(
                    .text(
                        "Ofsted's register has no children's homes in these areas. Check each name is spelt as "
                            + "the register spells it.")),
            ])
        }
        return .group([
            byArea,
            HTMLTable(
                caption: "Children's homes and places by sector", head: ["Sector", "Children's homes", "Places"],
                rows: local.sectors.map(Self.cells)
            ).node,
            local.owners.isEmpty
                ? Node.p(.text("Ofsted's register names no owner for these homes."))
                : HTMLTable(
                    caption: "The largest owners of these homes (at most \(LocalMarket.ownersListed))",
                    head: ["Owner", "Children's homes", "Places"], rows: local.owners.map(Self.cells)
                ).node,
        ])
    }

    static func cells(_ tally: LocalMarket.Tally) -> [String] {
        [tally.label, tally.homes.grouped, tally.places.grouped]
    }

    /// The children placed with an Inadequate provider on the day: a row each, the child's ID linking to their
    /// record (when they are in the returns); only a count for a role that may not see children.
    func flags(_ local: LocalMarket) -> Node {
        let heading = Node.h3(.text(Self.flagsHeading))
        guard !local.flags.isEmpty else { return .group([heading, .p(.text("None on \(local.day.long)."))]) }
        guard namesChildren else {
            let count = market.flaggedChildren
            let children = count == 1 ? "1 child" : "\(count.grouped) children"
            return .group([
                heading,
                .p(
                    .text(
                        "\(children) on \(local.day.long). Who they are is shown only to roles that may see "
                            + "children's records.")),
            ])
        }
        return .group([
            heading,
            HTMLTable(
                caption: "Children placed on \(local.day.long) with a provider Ofsted last judged Inadequate",
                head: ["Child", "Provider", "URN", "Grade", "Graded on"],
                rows: local.flags.map { flag in
                    [
                        flag.child.child, flag.providerName, flag.urn, flag.grade.label,
                        flag.inspectionDate?.long ?? "–",
                    ]
                },
                firstColumnIsText: 5, rowLinks: local.flags.map { link($0.child) }
            ).node,
        ])
    }

    /// The child's page, when the child is in the returns (one known only to the costs register has none).
    func link(_ child: ChildKey) -> String? {
        market.childrenWithRecords.contains(child) ? ChildrenPage.link(child) : nil
    }
}
