import Foundation

/// JSON as every command prints it: indented, keys sorted (so output compares line by line between runs),
/// dates ISO 8601; `snakeCase` for documents whose Swift names are camel case.
public func prettyJSON<T: Encodable>(_ value: T, snakeCase: Bool = false) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
    encoder.dateEncodingStrategy = .iso8601
    if snakeCase { encoder.keyEncodingStrategy = .convertToSnakeCase }
    return String(decoding: try encoder.encode(value), as: UTF8.self)
}
