import SQLKit

extension Migration {
    /// Version 18: the council's programme register — programmes with their savings targets, and each child's
    /// plan in them with its status changes.
    ///
    /// Like the supply registers, each table is keyed by authority first and replaced whole per authority by an
    /// import; a programme's targets and plans, and a plan's status changes, go with it (ON DELETE CASCADE).
    /// Days are ISO text, money whole pence in BIGINT columns, a savings target's financial year the calendar
    /// year it starts; a plan's destination is its `PlanDestination` code. A plan's status changes are numbered
    /// (`seq`, from 0 in day order) rather than keyed by day, as a plan can move on twice in a day.
    static let programmes = Migration(version: 18, name: "programmes and children's plans") { db in
        try await createProgrammes(db)
        try await createPlans(db)
    }

    private static func createProgrammes(_ db: any SQLDatabase) async throws {
        try await createInKeyOrder(
            db.create(table: "programmes")
                .column("authority", type: .text, .notNull)
                .column("programme_id", type: .text, .notNull)
                .column("name", type: .text, .notNull)
                .column("kind", type: .text, .notNull)
                .primaryKey("authority", "programme_id"), db)
        try await createInKeyOrder(
            db.create(table: "programme_savings_targets")
                .column("authority", type: .text, .notNull)
                .column("programme_id", type: .text, .notNull)
                .column("year", type: .int, .notNull)
                .column("amount_pence", type: .bigint, .notNull)
                .primaryKey("authority", "programme_id", "year")
                .foreignKey(
                    ["authority", "programme_id"], references: "programmes", ["authority", "programme_id"],
                    onDelete: .cascade), db)
    }

    private static func createPlans(_ db: any SQLDatabase) async throws {
        try await createInKeyOrder(
            db.create(table: "programme_plans")
                .column("authority", type: .text, .notNull)
                .column("plan_id", type: .text, .notNull)
                .column("programme_id", type: .text, .notNull)
                .column("child_id", type: .text, .notNull)
                .column("identified", type: .text, .notNull)
                .column("destination", type: .text, .notNull)
                .column("target_weekly_pence", type: .bigint, .notNull)
                .column("first_target_date", type: .text, .notNull)
                .column("target_date", type: .text, .notNull)
                .column("one_off_cost_pence", type: .bigint, .notNull)
                .column("owner", type: .text)
                .primaryKey("authority", "plan_id")
                .foreignKey(
                    ["authority", "programme_id"], references: "programmes", ["authority", "programme_id"],
                    onDelete: .cascade), db)
        try await createInKeyOrder(
            db.create(table: "programme_plan_statuses")
                .column("authority", type: .text, .notNull)
                .column("plan_id", type: .text, .notNull)
                .column("seq", type: .int, .notNull)
                .column("from_day", type: .text, .notNull)
                .column("status", type: .text, .notNull)
                .column("reason", type: .text)
                .primaryKey("authority", "plan_id", "seq")
                .foreignKey(
                    ["authority", "plan_id"], references: "programme_plans", ["authority", "plan_id"],
                    onDelete: .cascade), db)
        // The programme's plans are found by it when the programme is deleted (the cascade's lookup).
        try await db.create(index: "programme_plans_by_programme").on("programme_plans")
            .column("authority").column("programme_id").run()
    }
}
