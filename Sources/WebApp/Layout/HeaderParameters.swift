import Foundation

/// A header value with parameters, such as `form-data; name="files"; filename="2024 episodes.csv"` or
/// `multipart/form-data; boundary=----x`: the value before the first `;`, and the parameters by name.
struct HeaderParameters {
    /// The value before the parameters, trimmed.
    var value: String
    /// Parameter values by lowercased name; the first of a repeated name wins.
    var parameters: [String: String] = [:]

    init(_ header: String) {
        var rest = Substring(header)
        value = Self.token(&rest).trimmingCharacters(in: [" ", "\t"])
        while !rest.isEmpty {
            rest = rest.drop { $0 == " " || $0 == "\t" || $0 == ";" }
            let name = rest.prefix { $0 != "=" && $0 != ";" }
            rest = rest.dropFirst(name.count)
            guard rest.first == "=" else { continue }
            rest = rest.dropFirst()
            let text = rest.first == "\"" ? Self.quoted(&rest) : Self.token(&rest).trimmingCharacters(in: [" ", "\t"])
            let key = name.trimmingCharacters(in: [" ", "\t"]).lowercased()
            if !key.isEmpty, parameters[key] == nil { parameters[key] = text }
        }
    }

    subscript(name: String) -> String? { parameters[name] }

    /// Up to the next `;` (which is left in `rest`).
    private static func token(_ rest: inout Substring) -> String {
        let text = rest.prefix { $0 != ";" }
        rest = rest.dropFirst(text.count)
        return String(text)
    }

    /// A quoted string, `rest` starting at its opening quote. Browsers send a `"` in a file name as `%22`
    /// (the HTML standard's form encoding); a backslash escapes only a quote or a backslash, so Windows
    /// paths keep their backslashes.
    private static func quoted(_ rest: inout Substring) -> String {
        rest = rest.dropFirst()
        var text = ""
        while let ch = rest.first {
            rest = rest.dropFirst()
            if ch == "\"" { break }
            if ch == "\\", let next = rest.first, next == "\"" || next == "\\" {
                text.append(next)
                rest = rest.dropFirst()
            } else {
                text.append(ch)
            }
        }
        return text.replacingOccurrences(of: "%22", with: "\"")
    }
}
