import CouncilTasks
import Foundation

/// The fields of an `application/x-www-form-urlencoded` body, as HTML forms send them, or of a
/// `multipart/form-data` one with the files it carries (see `FormFields+Posted.swift`).
struct FormFields: Sendable {
    var values: [String: String] = [:]
    /// Files sent with a multipart form, in the order sent; file inputs left empty are not listed.
    var files: [SentFile] = []

    init(values: [String: String] = [:]) {
        self.values = values
    }

    init(encoded body: String) {
        for pair in body.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = Self.decode(parts[0])
            values[name] = parts.count > 1 ? Self.decode(parts[1]) : ""
        }
    }

    subscript(name: String) -> String? { values[name] }

    /// Turns `+` into a space, then `%XX` escapes into their bytes (invalid escapes are kept as written).
    static func decode(_ text: Substring) -> String {
        let spaced = text.replacingOccurrences(of: "+", with: " ")
        return spaced.removingPercentEncoding ?? spaced
    }
}
