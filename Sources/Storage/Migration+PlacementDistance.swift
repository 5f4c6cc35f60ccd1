import SQLKit

extension Migration {
    /// Version 5: the DfE's derived PL_DISTANCE on each episode, in tenths of a mile (the return gives one
    /// decimal; whole numbers keep SQLite and PostgreSQL reading back exactly what was written).
    static let placementDistance = Migration(version: 5, name: "episode placement distance") { db in
        try await db.alter(table: "episodes").column("pl_distance_tenths", type: .int).run()
    }
}
