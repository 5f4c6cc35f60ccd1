import ArgumentParser
import CareModel
import CouncilTasks
import Forecasting
import Foundation
import Interchange
import Storage

/// `hearth import ofsted-providers`: Ofsted's provider-level data, replacing the register held.
struct ImportOfstedProvidersCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ofsted-providers",
        abstract: "Load Ofsted's children's social care providers (the provider-level official statistics).",
        discussion: """
            The file Ofsted publishes as "Children's social care data in England: provider level" (CSV, one
            row per inspection; title lines before the column names are skipped). Each provider is kept once,
            with its latest inspection and its latest graded judgement (a monitoring visit after an Inadequate
            leaves the Inadequate standing). Replaces the whole register: it is national public data, held
            once for every authority. Download the current file from
            https://www.gov.uk/government/statistical-data-sets/childrens-social-care-data-in-england
            """)

    @Argument(help: ArgumentHelp("The provider-level CSV file.", valueName: "file")) var file: String
    @OptionGroup var database: DatabaseOptions

    func run() async throws {
        let run = OfstedProviderImport(path: file), providers: [OfstedProvider]
        do { providers = try run.read() } catch { throw FileProblems.report(error.problems, what: "imported") }
        try await HearthStore.using(database) { store in
            try await run.save(providers, to: store, by: ImportActor(username: commandLineActor(), time: Date()))
        }
        let homes = providers.filter(\.isChildrensHome)
        print(
            "Loaded \(providers.count.grouped) providers: \(homes.count.grouped) children's homes with "
                + "\(homes.reduce(0) { $0 + ($1.places ?? 0) }.grouped) places.")
    }
}

/// `hearth market`: the children's homes around the authority, and children placed with Inadequate providers.
struct MarketCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "market",
        abstract: "Children's homes and places in and around the authority by sector and owner (Ofsted's "
            + "register), and the children placed with a provider Ofsted last judged Inadequate.",
        discussion: """
            Needs `hearth import ofsted-providers` first. --area is the authority's local authority area as
            Ofsted writes it ("Plymouth"); --neighbour adds an area around it (repeat). Placements are matched
            to providers by URN: the costs register's urn, and the 903 episodes' URN.
            """)

    @Option(help: ArgumentHelp("The authority. Default: the only one in the database.", valueName: "code"))
    var la: String?
    @Option(help: ArgumentHelp("The authority's area as Ofsted names it.", valueName: "name")) var area: String
    @Option(name: .customLong("neighbour"), help: ArgumentHelp("A neighbouring area (repeat).", valueName: "name"))
    var neighbours: [String] = []
    @Option(help: ArgumentHelp("The day, YYYY-MM-DD. Default: the day the returns run to.", valueName: "date"))
    var date: Day?
    @OptionGroup var database: DatabaseOptions

    func run() async throws {
        let market = try await HearthStore.using(database) { store in
            let authority = try await AuthorityChoice.resolve(la, in: store)
            let histories = try await store.careRecords.histories(authorities: [authority])
            let costs = try await store.budget.costs(authority: authority)
            let day = date ?? CareSummary.dataDate(of: histories, today: .todayInLondon()) ?? .todayInLondon()
            let local = try await store.market.ofstedProviders(localAuthorities: Set([area] + neighbours))
            let placed = try await store.market.ofstedProviders(
                urns: LocalMarket.placedURNs(costs: costs, histories: histories, on: day))
            return LocalMarket(
                area: area, neighbours: neighbours, providers: local + placed, costs: costs, histories: histories,
                on: day)
        }
        print(market.text)
    }
}

extension LocalMarket {
    var text: String {
        func lines(_ title: String, _ tallies: [Tally]) -> String {
            "\(title)\n"
                + tallies.map {
                    "  \($0.label.rightPadded(to: 44))\($0.homes.grouped.leftPadded(to: 8)) homes"
                        + "\($0.places.grouped.leftPadded(to: 8)) places"
                }.joined(separator: "\n") + "\n\n"
        }
        var out = "Children's homes in the area and around it (Ofsted's register), \(day.long)\n\n"
        out += lines("By area", areas + [total]) + lines("By sector", sectors) + lines("Largest owners", owners)
        out +=
            flags.isEmpty
            ? "No child placed on \(day.long) is with a provider Ofsted last judged Inadequate.\n"
            : "Children placed with a provider Ofsted last judged Inadequate:\n"
                + flags.map {
                    "  \($0.child.child) — \($0.providerName) (\($0.urn)), \($0.grade.label)"
                        + ($0.inspectionDate.map { " on \($0.long)" } ?? "")
                }.joined(separator: "\n") + "\n"
        return out
    }
}
