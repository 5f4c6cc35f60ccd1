import CareModel
import Forecasting

/// GET /api/v1/summary: children in care on a day by authority and kind of home (every kind, zeros
/// included, so a report's columns do not come and go), and entries and exits in the twelve months to
/// that day. Aggregates only: no child is identified.
enum APISummary {
    static let flowMonths = 12

    static func json(histories: [ChildHistory], date: Day) -> JSONValue {
        let authorities = Set(histories.map(\.authority)).sorted()
        var counts: [AuthorityCode: [PlacementCategory: Int]] = [:]
        for cell in CareSummary.stock(of: histories, on: date) {
            counts[cell.authority, default: [:]][cell.category, default: 0] += cell.children
        }
        let byCategory: [JSONValue] = authorities.flatMap { authority in
            PlacementCategory.allCases.map { category in
                .object([
                    ("authority", .string(authority)), ("category", .string(category.rawValue)),
                    ("label", .string(category.label)), ("children", .int(counts[authority]?[category] ?? 0)),
                ])
            }
        }
        let first = date.startOfMonth.adding(months: -(flowMonths - 1))
        let byAuthority = Dictionary(grouping: histories, by: \.authority)
        let flows: [JSONValue] = authorities.flatMap { authority in
            CareSummary.flows(of: byAuthority[authority] ?? [], from: first, through: date).map { flow in
                .object([
                    ("authority", .string(authority)), ("month", .string(String(flow.month.iso.prefix(7)))),
                    ("entries", .int(flow.entries)), ("exits", .int(flow.exits)),
                ])
            }
        }
        let total = counts.values.reduce(0) { $0 + $1.values.reduce(0, +) }
        return .object([
            ("date", .day(date)), ("authorities", .array(authorities.map { .string($0) })),
            ("children_in_care", .int(total)), ("by_category", .array(byCategory)), ("flows", .array(flows)),
        ])
    }
}
