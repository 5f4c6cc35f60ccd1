import CareModel
import Forecasting

/// GET /api/v1/summary: children in care on a day by authority and kind of home (every kind, zeros
/// included, so a report's columns do not come and go), and entries and exits in the twelve months to
/// that day. Aggregates only: no child is identified. For a reader who may not see small numbers, every
/// count from 1 to 5 is `null` and named in its object's `suppressed` list (`APIObject`).
enum APISummary {
    static let flowMonths = 12

    static func json(histories: [ChildHistory], date: Day, disclosure: Disclosure = .full) -> JSONValue {
        let authorities = Set(histories.map(\.authority)).sorted()
        var counts: [AuthorityCode: [PlacementCategory: Int]] = [:]
        for cell in CareSummary.stock(of: histories, on: date) {
            counts[cell.authority, default: [:]][cell.category, default: 0] += cell.children
        }
        let byCategory: [JSONValue] = authorities.flatMap { authority in
            PlacementCategory.allCases.map { category -> JSONValue in
                let children = counts[authority]?[category] ?? 0
                var object = APIObject()
                object.add("authority", .string(authority))
                object.add("category", .string(category.rawValue))
                object.add("label", .string(category.label))
                object.add("children", .int(children), shown: disclosure.shows(children: children))
                return object.json
            }
        }
        let total = counts.values.reduce(0) { $0 + $1.values.reduce(0, +) }
        var summary = APIObject()
        summary.add("date", .day(date))
        summary.add("authorities", .array(authorities.map { .string($0) }))
        summary.add("children_in_care", .int(total), shown: disclosure.shows(children: total))
        summary.add("by_category", .array(byCategory))
        summary.add("flows", .array(flows(histories, authorities: authorities, date: date, disclosure: disclosure)))
        return summary.json
    }

    /// Entries and exits by authority and month, the twelve months to `date`.
    static func flows(_ histories: [ChildHistory], authorities: [AuthorityCode], date: Day, disclosure: Disclosure)
        -> [JSONValue]
    {
        let first = date.startOfMonth.adding(months: -(flowMonths - 1))
        let byAuthority = Dictionary(grouping: histories, by: \.authority)
        return authorities.flatMap { authority in
            CareSummary.flows(of: byAuthority[authority] ?? [], from: first, through: date).map { flow -> JSONValue in
                var object = APIObject()
                object.add("authority", .string(authority))
                object.add("month", .string(String(flow.month.iso.prefix(7))))
                object.add("entries", .int(flow.entries), shown: disclosure.shows(children: flow.entries))
                object.add("exits", .int(flow.exits), shown: disclosure.shows(children: flow.exits))
                return object.json
            }
        }
    }
}
