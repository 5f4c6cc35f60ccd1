import Hummingbird

extension Request {
    /// The query string's parameters by name, as a GET form sends its fields (the first of a repeated name
    /// wins): the overview's filter and the projection form read their fields from it.
    var queryFields: [String: String] {
        var fields: [String: String] = [:]
        for (name, value) in uri.queryParameters where fields[String(name)] == nil {
            fields[String(name)] = String(value)
        }
        return fields
    }
}
