import CareModel

/// GET /api/v1/children: the children in care on the data date with their kind of home, provider and
/// net weekly cost, as the children page lists them. Child-level roles only; every call is audited.
enum APIChildren {
    static func json(_ list: ChildrenList) -> JSONValue {
        .object([("date", .day(list.date)), ("children", .array(list.rows.map(row)))])
    }

    static func row(_ row: ChildrenListRow) -> JSONValue {
        .object([
            ("authority", .string(row.key.authority)), ("child_id", .string(row.key.child)), ("age", .int(row.age)),
            ("category", .string(row.category.rawValue)), ("category_label", .string(row.category.label)),
            ("provider", .text(row.provider)), ("weekly_cost", .money(row.netWeekly)),
        ])
    }
}
