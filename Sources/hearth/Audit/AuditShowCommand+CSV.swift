import Storage

/// The CSV export: the columns people read, then what checking the hash chain without Hearth needs.
extension AuditShowCommand {
    static let csvHead = head + ["Entry", "Previous hash", "Hash", "Canonical fields"]

    /// The readable cells (control characters shown as `?`), then the entry number, its hashes and its
    /// canonical fields. Those are a JSON array rather than more cells because a cell cannot tell NULL from
    /// empty text, and the readable cells are not exactly what is stored.
    static func csvCells(_ linked: (entry: AuditEntry, link: AuditChainLink)) -> [String] {
        cells(linked.entry).map(AuditCommand.printable) + [
            String(linked.link.id), linked.link.previousHash ?? "", linked.link.rowHash ?? "",
            jsonArray(linked.link.fields),
        ]
    }

    /// `fields` as a JSON array of strings and nulls. Every control character is written as `\u00XX`, so
    /// the export cannot drive a terminal either, and the array always starts with `[`, which the CSV
    /// writer's formula guard (`CSVFormula`) never changes.
    static func jsonArray(_ fields: [String?]) -> String {
        "[" + fields.map { $0.map(jsonString) ?? "null" }.joined(separator: ",") + "]"
    }

    static func jsonString(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case _ where scalar.properties.generalCategory == .control:
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
