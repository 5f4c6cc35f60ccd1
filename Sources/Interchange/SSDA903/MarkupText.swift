/// Character data of an XML element with its references decoded: the five predefined entities
/// (`&lt;` `&gt;` `&amp;` `&quot;` `&apos;`) and numeric character references (`&#163;`, `&#xA3;`).
enum MarkupText {
    static func decode(_ raw: UnsafeBufferPointer<UInt8>, line: Int, element: String?) throws(MarkupError) -> String {
        guard raw.contains(UInt8(ascii: "&")) else { return String(decoding: raw, as: UTF8.self) }
        var out: [UInt8] = []
        out.reserveCapacity(raw.count)
        var i = 0
        while i < raw.count {
            guard raw[i] == UInt8(ascii: "&") else { out.append(raw[i]); i += 1; continue }
            guard let semicolon = raw[i...].firstIndex(of: UInt8(ascii: ";")) else {
                throw MarkupError(
                    line: line, element: element,
                    message: "'&' is not followed by an entity ending in ';'")
            }
            let name = String(decoding: raw[(i + 1)..<semicolon], as: UTF8.self)
            guard let scalar = character(named: name) else {
                throw MarkupError(line: line, element: element, message: "unknown entity &\(name);")
            }
            out.append(contentsOf: Array(String(scalar).utf8))
            i = semicolon + 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static func character(named name: String) -> Unicode.Scalar? {
        switch name {
        case "lt": return "<"
        case "gt": return ">"
        case "amp": return "&"
        case "quot": return "\""
        case "apos": return "'"
        default: break
        }
        guard name.hasPrefix("#") else { return nil }
        let digits = name.dropFirst()
        let value =
            digits.hasPrefix("x") || digits.hasPrefix("X")
            ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits, radix: 10)
        return value.flatMap(Unicode.Scalar.init)
    }
}
