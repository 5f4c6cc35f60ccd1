import CareModel
import Foundation

/// A JSON value as the API writes it: object fields in the order given (the order /openapi.yaml lists
/// them), and numbers as exact decimal text, so money is pounds with two decimals ("1234.50"), never a
/// binary fraction that a spreadsheet then shows as 1234.4999999.
enum JSONValue: Sendable {
    case object([(String, JSONValue)])
    case array([JSONValue])
    case string(String)
    /// A number already written as JSON number text.
    case number(String)
    case bool(Bool)
    case null

    static func int(_ value: Int) -> JSONValue { .number(String(value)) }

    /// Pounds with two decimals; `null` when there is no amount.
    static func money(_ amount: Money?) -> JSONValue { amount.map { .number($0.plain) } ?? .null }

    /// A day as ISO 8601 text (YYYY-MM-DD); `null` when there is none.
    static func day(_ day: Day?) -> JSONValue { day.map { .string($0.iso) } ?? .null }

    /// Text, or `null` when there is none.
    static func text(_ text: String?) -> JSONValue { text.map { .string($0) } ?? .null }

    /// The group of children an answer is about, as the query asked for it: each part's value (`sex` M, F or
    /// U; `uasc` uasc or not-uasc; `age_band`), `null` for a part not chosen, so a saved answer says what it counts.
    static func group(_ group: ChildGroup) -> JSONValue {
        .object([
            ("sex", .text(group.sex?.rawValue)), ("uasc", .text(group.uasc?.rawValue)),
            ("age_band", .text(group.ageBand?.rawValue)),
        ])
    }

    /// A measured or projected quantity to `places` decimals; `null` if it is not a finite number.
    static func decimal(_ value: Double, places: Int = 3) -> JSONValue {
        value.isFinite ? .number(String(format: "%.\(places)f", value)) : .null
    }

    /// The value as compact JSON text.
    var text: String {
        var out = ""
        write(to: &out)
        return out
    }

    func write(to out: inout String) {
        switch self {
        case .object(let fields):
            out.append("{")
            for (i, (name, value)) in fields.enumerated() {
                if i > 0 { out.append(",") }
                out.append(Self.quoted(name))
                out.append(":")
                value.write(to: &out)
            }
            out.append("}")
        case .array(let values):
            out.append("[")
            for (i, value) in values.enumerated() {
                if i > 0 { out.append(",") }
                value.write(to: &out)
            }
            out.append("]")
        case .string(let text): out.append(Self.quoted(text))
        case .number(let text): out.append(text)
        case .bool(let flag): out.append(flag ? "true" : "false")
        case .null: out.append("null")
        }
    }

    /// A JSON string literal: quotes, backslashes and control characters escaped (RFC 8259 §7).
    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out.append("\\\"")
            case "\\": out.append("\\\\")
            case "\n": out.append("\\n")
            case "\r": out.append("\\r")
            case "\t": out.append("\\t")
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                out.append("\\u" + String(repeating: "0", count: 4 - hex.count) + hex)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
