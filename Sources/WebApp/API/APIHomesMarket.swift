import CareModel
import CouncilTasks
import Foundation

/// The `market` of GET /api/v1/homes: the homes page's "The market around you" as JSON — when Ofsted's register
/// was loaded, the areas asked for, the children's homes and places by area (and in all), by sector and by the
/// largest owners, and the children placed with a provider Ofsted last judged Inadequate. Without a register
/// every part is null or empty; without an area only the flags are filled in. A role that may not see
/// children's records gets the count of flagged children and `flags` null, as the page shows only the count.
enum APIHomesMarket {
    static func json(_ market: HomesMarket, namesChildren: Bool) -> JSONValue {
        let local = market.market
        let tallies = market.area.isEmpty ? nil : local
        return .object([
            ("register_loaded_at", .text(market.loadedAt?.ISO8601Format())),
            ("area", .text(market.area.isEmpty ? nil : market.area.area)),
            ("neighbours", .array(market.area.neighbours.map { .string($0) })),
            ("areas", .array((tallies?.areas ?? []).map(tally))),
            ("total", tallies.map { tally($0.total) } ?? .null),
            ("sectors", .array((tallies?.sectors ?? []).map(tally))),
            ("owners", .array((tallies?.owners ?? []).map(tally))),
            ("flagged_children", local == nil ? .null : .int(market.flaggedChildren)),
            ("flags", namesChildren ? flags(local) : .null),
        ])
    }

    /// Each flag, or `null` without a register.
    static func flags(_ local: LocalMarket?) -> JSONValue {
        guard let local else { return .null }
        return .array(local.flags.map(flag))
    }

    static func tally(_ tally: LocalMarket.Tally) -> JSONValue {
        .object([("label", .string(tally.label)), ("homes", .int(tally.homes)), ("places", .int(tally.places))])
    }

    static func flag(_ flag: LocalMarket.Flag) -> JSONValue {
        .object([
            ("authority", .string(flag.child.authority)), ("child", .string(flag.child.child)),
            ("urn", .string(flag.urn)), ("provider_name", .string(flag.providerName)),
            ("grade", .string(flag.grade.rawValue)), ("graded_on", .day(flag.inspectionDate)),
        ])
    }
}
