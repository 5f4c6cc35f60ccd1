import SQLKit

/// One value of a row to store: text, a whole number, or nothing (SQL NULL).
enum StoredValue: Sendable {
    case text(String)
    case integer(Int)
    case null

    /// The text, or NULL when there is none.
    init(_ text: String?) {
        self = text.map { .text($0) } ?? .null
    }

    /// The whole number, or NULL when there is none (an age limit or a price not recorded).
    init(number: Int?) {
        self = number.map { .integer($0) } ?? .null
    }
}

/// The `(…), (…)` list of a multi-row INSERT, written straight into the statement.
///
/// Imports store about a million values; building an SQLKit expression per value (bind inside group
/// inside list) costs more than SQLite's own work, so the rows are kept as one flat, row-major array
/// and written here with a placeholder per value and NULL written literally.
struct StoredRows: SQLExpression {
    let columnCount: Int
    let values: ArraySlice<StoredValue>

    func serialize(to serializer: inout SQLSerializer) {
        let dialect = serializer.dialect
        for (index, value) in values.enumerated() {
            serializer.write(index % columnCount != 0 ? ", " : index == 0 ? "(" : "), (")
            let bind: any Encodable & Sendable
            switch value {
            case .text(let text): bind = text
            case .integer(let number): bind = number
            case .null:
                serializer.write("NULL")
                continue
            }
            serializer.binds.append(bind)
            dialect.bindPlaceholder(at: serializer.binds.count).serialize(to: &serializer)
        }
        if !values.isEmpty { serializer.write(")") }
    }
}
