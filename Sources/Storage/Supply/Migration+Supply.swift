import SQLKit

extension Migration {
    /// Version 16: the council's own supply of places — foster households with their status changes, children's
    /// homes and block contracts, and the recruitment of new foster households — and, on each placement in
    /// the costs register, the `carer` (household or home) the child lives with, which is how occupancy of
    /// that supply is counted.
    ///
    /// Like the register, each table is keyed by authority first and replaced whole per authority by an
    /// import. Days are ISO text, money whole pence in BIGINT columns; a household's terms are its
    /// `FosteringTerm` codes sorted and joined by ";" (empty: none recorded).
    static let supply = Migration(version: 16, name: "foster households, children's homes and recruitment") { db in
        try await createHouseholds(db)
        try await createChildrensHomes(db)
        try await createRecruitmentEvents(db)
        try await db.alter(table: "placement_costs").column("carer", type: .text).run()
    }

    private static func createHouseholds(_ db: any SQLDatabase) async throws {
        try await createInKeyOrder(
            db.create(table: "households")
                .column("authority", type: .text, .notNull)
                .column("household_id", type: .text, .notNull)
                .column("kind", type: .text, .notNull)
                .column("approved", type: .text, .notNull)
                .column("places", type: .int, .notNull)
                .column("youngest", type: .int)
                .column("oldest", type: .int)
                .column("terms", type: .text, .notNull)
                .column("supervising_team", type: .text)
                .column("constellation", type: .text)
                .column("postcode", type: .text)
                .column("weekly_fee_pence", type: .bigint)
                .column("weekly_allowance_pence", type: .bigint)
                .primaryKey("authority", "household_id"), db)
        // A household's status changes go with it (ON DELETE CASCADE), as episodes go with their child.
        try await createInKeyOrder(
            db.create(table: "household_statuses")
                .column("authority", type: .text, .notNull)
                .column("household_id", type: .text, .notNull)
                .column("from_day", type: .text, .notNull)
                .column("status", type: .text, .notNull)
                .column("reason", type: .text)
                .column("places_on_hold", type: .int)
                .primaryKey("authority", "household_id", "from_day")
                .foreignKey(
                    ["authority", "household_id"], references: "households", ["authority", "household_id"],
                    onDelete: .cascade), db)
    }

    private static func createChildrensHomes(_ db: any SQLDatabase) async throws {
        try await createInKeyOrder(
            db.create(table: "childrens_homes")
                .column("authority", type: .text, .notNull)
                .column("home_id", type: .text, .notNull)
                .column("name", type: .text, .notNull)
                .column("kind", type: .text, .notNull)
                .column("beds", type: .int, .notNull)
                .column("urn", type: .text)
                .column("registered", type: .text)
                .column("planned_opening", type: .text)
                .column("registration_stage", type: .text)
                .column("weekly_bed_price_pence", type: .bigint)
                .column("contract_start", type: .text)
                .column("contract_end", type: .text)
                .column("postcode", type: .text)
                .primaryKey("authority", "home_id"), db)
    }

    /// One row per stage a prospective household reached: a prospect reaches each stage once.
    private static func createRecruitmentEvents(_ db: any SQLDatabase) async throws {
        try await createInKeyOrder(
            db.create(table: "recruitment_events")
                .column("authority", type: .text, .notNull)
                .column("prospect", type: .text, .notNull)
                .column("stage", type: .text, .notNull)
                .column("day", type: .text, .notNull)
                .column("channel", type: .text)
                .column("withdrawal_reason", type: .text)
                .primaryKey("authority", "prospect", "stage"), db)
    }
}
