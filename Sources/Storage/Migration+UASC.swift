import SQLKit

extension Migration {
    /// Version 15: whether each child is or was an unaccompanied asylum-seeking child (1, else blank), and
    /// DUC, the day that status ceased, from the 903's UASC table or newer Headers' own columns.
    static let uasc = Migration(version: 15, name: "children's UASC status") { db in
        try await db.alter(table: "children").column("uasc", type: .int).run()
        try await db.alter(table: "children").column("uasc_ceased", type: .text).run()
    }
}
