import CareModel
import Foundation
import SQLKit

/// Typed reads of the stored columns, with a clear error when a value is not what Hearth wrote.
extension SQLRow {
    func text(_ column: String) throws -> String {
        try decode(column: column, as: String.self)
    }

    func optionalText(_ column: String) throws -> String? {
        try decodeNil(column: column) ? nil : decode(column: column, as: String.self)
    }

    func optionalInteger(_ column: String) throws -> Int? {
        try decodeNil(column: column) ? nil : decode(column: column, as: Int.self)
    }

    func day(_ column: String) throws -> Day {
        let text = try text(column)
        guard let day = Day(iso: text) else { throw unreadable(column, text, "not a YYYY-MM-DD date") }
        return day
    }

    func optionalDay(_ column: String) throws -> Day? {
        guard let text = try optionalText(column) else { return nil }
        guard let day = Day(iso: text) else { throw unreadable(column, text, "not a YYYY-MM-DD date") }
        return day
    }

    /// A time stored as ISO 8601 text (to the second, UTC), as every Hearth timestamp is.
    func time(_ column: String) throws -> Date {
        let text = try text(column)
        guard let time = try? Date(text, strategy: .iso8601) else { throw unreadable(column, text, "not a time") }
        return time
    }

    func code<C: RawRepresentable>(_ column: String, as type: C.Type = C.self) throws -> C where C.RawValue == String {
        let text = try text(column)
        guard let value = C(rawValue: text) else { throw unreadable(column, text, "not a known code") }
        return value
    }

    func optionalCode<C: RawRepresentable>(_ column: String, as type: C.Type = C.self) throws -> C?
    where C.RawValue == String {
        guard let text = try optionalText(column) else { return nil }
        guard let value = C(rawValue: text) else { throw unreadable(column, text, "not a known code") }
        return value
    }

    /// A set of codes stored sorted and joined by ";" (empty text: none), as a household's fostering terms are.
    func codeSet<C: RawRepresentable & Hashable>(_ column: String, as type: C.Type = C.self) throws -> Set<C>
    where C.RawValue == String {
        let text = try text(column)
        return Set(
            try text.split(separator: ";").map { code in
                guard let value = C(rawValue: String(code)) else {
                    throw unreadable(column, text, "not a list of known codes")
                }
                return value
            })
    }

    private func unreadable(_ column: String, _ value: String, _ problem: String) -> StorageError {
        .queryFailed(action: "read the stored records", reason: "column \(column) holds '\(value)', \(problem)")
    }
}
