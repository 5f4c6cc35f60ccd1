import CareModel
import Forecasting

/// GET /api/v1/summary: children in care on a day by authority and kind of home (every kind, zeros
/// included, so a report's columns do not come and go), of whom how many were unaccompanied asylum-seeking
/// children (UASC), and entries and exits in the twelve months to that day; of every child or of a group
/// (`sex`, `uasc`, `age_band`), echoed as `group`. Aggregates only: no child is identified. For a reader who
/// may not see small numbers, every count from 1 to 5 is `null` and named in its object's `suppressed` list
/// (`APIObject`).
enum APISummary {
    static let flowMonths = 12

    static func json(
        histories: [ChildHistory], date: Day, group: ChildGroup = .everyone, disclosure: Disclosure = .full
    ) -> JSONValue {
        let authorities = Set(histories.map(\.authority)).sorted()
        var counts: [AuthorityCode: [PlacementCategory: Int]] = [:]
        for cell in CareSummary.stock(of: histories, on: date, in: group) {
            counts[cell.authority, default: [:]][cell.category, default: 0] += cell.children
        }
        let total = counts.values.reduce(0) { $0 + $1.values.reduce(0, +) }
        let uasc = group.uascPart.map { CareSummary.stock(of: histories, on: date, in: $0) } ?? []
        let uascTotal = uasc.reduce(0) { $0 + $1.children }
        var summary = APIObject()
        summary.add("date", .day(date))
        summary.add("authorities", .array(authorities.map { .string($0) }))
        summary.add("group", .group(group))
        summary.add("children_in_care", .int(total), shown: disclosure.shows(children: total))
        summary.add("uasc_in_care", .int(uascTotal), shown: disclosure.shows(children: uascTotal))
        summary.add("by_category", .array(byCategory(counts, authorities: authorities, disclosure: disclosure)))
        summary.add(
            "flows",
            .array(flows(histories, authorities: authorities, date: date, group: group, disclosure: disclosure)))
        return summary.json
    }

    /// Every kind of home for every authority, with 0 where there is nobody.
    static func byCategory(
        _ counts: [AuthorityCode: [PlacementCategory: Int]], authorities: [AuthorityCode], disclosure: Disclosure
    ) -> [JSONValue] {
        authorities.flatMap { authority in
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
    }

    /// Entries and exits by authority and month, the twelve months to `date`.
    static func flows(
        _ histories: [ChildHistory], authorities: [AuthorityCode], date: Day, group: ChildGroup,
        disclosure: Disclosure
    ) -> [JSONValue] {
        let first = date.startOfMonth.adding(months: -(flowMonths - 1))
        let byAuthority = Dictionary(grouping: histories, by: \.authority)
        return authorities.flatMap { authority -> [JSONValue] in
            let months = CareSummary.flows(of: byAuthority[authority] ?? [], from: first, through: date, in: group)
            return months.map { flow -> JSONValue in
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
