/// An attribute of an element. Its name is fixed in this source code; its value, if any, is escaped
/// when written, and a link's address must be one of ours or a web address (`javascript:` and the like
/// are written as `#`).
public struct Attribute: Sendable {
    let name: StaticString
    /// `nil` for a boolean attribute written as its bare name (`selected`, `autofocus`).
    let value: String?

    public init(_ name: StaticString, _ value: String?) {
        self.name = name
        self.value = value
    }

    /// An attribute holding an address (`href`, `action`): kept when it is a path, a fragment, a query or
    /// an http(s) or mailto address, otherwise replaced by `#`, so no value can run script.
    public static func address(_ name: StaticString, _ value: String) -> Attribute {
        Attribute(name, isSafeAddress(value) ? value : "#")
    }

    static func isSafeAddress(_ value: String) -> Bool {
        // Browsers drop tabs and line breaks from addresses ("/\t/host" is followed as "//host").
        if value.unicodeScalars.contains(where: { $0.properties.generalCategory == .control || $0 == " " }) {
            return false
        }
        if value.hasPrefix("//") || value.hasPrefix("/\\") { return false }
        if let first = value.first, "/#?".contains(first) { return true }
        let lower = value.lowercased()
        return lower.hasPrefix("https://") || lower.hasPrefix("http://") || lower.hasPrefix("mailto:")
    }
}
