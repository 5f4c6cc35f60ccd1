/// A JSON object of an API answer whose numbers about children may be hidden from the reader
/// (`Disclosure`, `SmallNumbers`). A hidden field keeps its place with the value `null`, and a last field,
/// `suppressed`, lists the hidden fields' names; it is absent when nothing is hidden, so an answer with
/// nothing hidden is exactly the plain object. One convention for every answer, as /openapi.yaml says.
struct APIObject {
    var fields: [(String, JSONValue)] = []
    /// The names of the fields hidden, in order.
    var suppressed: [String] = []

    /// Adds a field; with `shown` false, as `null`, listed in `suppressed`. A field that is `null` anyway (no
    /// previous forecast, say) hides nothing, so it is not listed.
    mutating func add(_ name: String, _ value: JSONValue, shown: Bool = true) {
        var hidden = !shown
        if case .null = value { hidden = false }
        fields.append((name, hidden ? .null : value))
        if hidden { suppressed.append(name) }
    }

    var json: JSONValue {
        guard !suppressed.isEmpty else { return .object(fields) }
        return .object(fields + [("suppressed", .array(suppressed.map { .string($0) }))])
    }
}
