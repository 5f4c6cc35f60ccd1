import SQLKit

extension Migration {
    /// Version 2: the budget monitor's placement costs register, budget lines and budgets per year, and
    /// the months closed with the forecast that was reported for them.
    ///
    /// A placement is keyed by authority, child and start day (the SSDA903 episode it joins); its rates and
    /// contributions are child rows deleted with it. Money is whole pence in BIGINT columns; years are the
    /// financial year's start year ("2024" for 2024-25).
    static let budget = Migration(version: 2, name: "placement costs, budget lines and closed periods") { db in
        try await createPlacementCosts(db)
        try await createRatesAndContributions(db)
        try await createBudgetTables(db)
        try await db.create(table: "cost_imports")
            .column("id", type: .bigint, .primaryKey(autoIncrement: true))
            .column("authority", type: .text, .notNull)
            .column("imported_at", type: .text, .notNull)
            .column("placements", type: .int, .notNull)
            .run()
    }

    private static func createPlacementCosts(_ db: any SQLDatabase) async throws {
        try await createInKeyOrder(
            db.create(table: "placement_costs")
                .column("authority", type: .text, .notNull)
                .column("child_id", type: .text, .notNull)
                .column("placement_start", type: .text, .notNull)
                .column("placement_end", type: .text)
                .column("planned_end", type: .text)
                .column("place", type: .text)
                .column("provider_type", type: .text)
                .column("provider_urn", type: .text)
                .column("provider_name", type: .text)
                .column("registration", type: .text)
                .column("route", type: .text)
                .column("budget_line", type: .text)
                .column("continues_past_18", type: .int, .notNull)
                .primaryKey("authority", "child_id", "placement_start"), db)
    }

    private static func createRatesAndContributions(_ db: any SQLDatabase) async throws {
        try await createInKeyOrder(
            db.create(table: "placement_rates")
                .column("authority", type: .text, .notNull)
                .column("child_id", type: .text, .notNull)
                .column("placement_start", type: .text, .notNull)
                .column("effective_from", type: .text, .notNull)
                .column("weekly_pence", type: .bigint, .notNull)
                .column("change", type: .text, .notNull)
                .primaryKey("authority", "child_id", "placement_start", "effective_from")
                .foreignKey(
                    ["authority", "child_id", "placement_start"], references: "placement_costs",
                    ["authority", "child_id", "placement_start"], onDelete: .cascade), db)
        try await createInKeyOrder(
            db.create(table: "placement_contributions")
                .column("authority", type: .text, .notNull)
                .column("child_id", type: .text, .notNull)
                .column("placement_start", type: .text, .notNull)
                .column("position", type: .int, .notNull)
                .column("source", type: .text, .notNull)
                .column("detail", type: .text)
                .column("weekly_pence", type: .bigint, .notNull)
                .column("from_day", type: .text, .notNull)
                .column("through_day", type: .text)
                .primaryKey("authority", "child_id", "placement_start", "position")
                .foreignKey(
                    ["authority", "child_id", "placement_start"], references: "placement_costs",
                    ["authority", "child_id", "placement_start"], onDelete: .cascade), db)
    }

    private static func createBudgetTables(_ db: any SQLDatabase) async throws {
        try await createInKeyOrder(
            db.create(table: "budget_lines")
                .column("authority", type: .text, .notNull)
                .column("year", type: .int, .notNull)
                .column("position", type: .int, .notNull)
                .column("name", type: .text, .notNull)
                .column("categories", type: .text, .notNull)
                .column("registrations", type: .text, .notNull)
                .primaryKey("authority", "year", "position"), db)
        try await createInKeyOrder(
            db.create(table: "line_budgets")
                .column("authority", type: .text, .notNull)
                .column("year", type: .int, .notNull)
                .column("line", type: .text, .notNull)
                .column("budgeted_children", type: .int, .notNull)
                .column("budget_pence", type: .bigint, .notNull)
                .primaryKey("authority", "year", "line"), db)
        try await createInKeyOrder(
            db.create(table: "closed_periods")
                .column("authority", type: .text, .notNull)
                .column("year", type: .int, .notNull)
                .column("period", type: .int, .notNull)
                .column("closed_at", type: .text, .notNull)
                .column("forecast_json", type: .text, .notNull)
                .primaryKey("authority", "year", "period"), db)
    }
}
