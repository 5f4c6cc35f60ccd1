import Foundation
import SQLKit

/// How a saved scenario is stored: a `scenarios` row, its time as whole seconds since 1970 (as the account and
/// import-version tables store times) and its definition as the JSON text given.
extension SavedScenario {
    static let columns = ["id", "authority", "name", "owner", "saved_at", "definition"]

    /// Reads a scenario from a `scenarios` row.
    init(row: any SQLRow) throws {
        self.init(
            id: try row.decode(column: "id", as: Int.self), authority: try row.text("authority"),
            name: try row.text("name"), owner: try row.text("owner"),
            savedAt: Date(storedSeconds: try row.decode(column: "saved_at", as: Int64.self)),
            definition: try row.text("definition"))
    }
}
