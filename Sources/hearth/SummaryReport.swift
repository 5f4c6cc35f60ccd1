import CareModel
import Forecasting
import Foundation

/// The numbers `hearth summary` prints, computed once and rendered as a table, CSV or JSON.
struct SummaryReport {
    var date: Day
    var stock: [InCareCount]
    var flowRows: [AuthorityMonthFlow]

    struct AuthorityMonthFlow: Codable {
        var authority: AuthorityCode
        var month: String
        var entries: Int
        var exits: Int
    }

    init(histories: [ChildHistory], date: Day, months: Int) {
        self.date = date
        self.stock = CareSummary.stock(of: histories, on: date)
        let first = date.startOfMonth.adding(months: -(months - 1))
        let byAuthority = Dictionary(grouping: histories, by: \.authority).sorted { $0.key < $1.key }
        self.flowRows = byAuthority.flatMap { authority, histories in
            CareSummary.flows(of: histories, from: first, through: date).map {
                AuthorityMonthFlow(authority: authority, month: String($0.month.iso.prefix(7)),
                                   entries: $0.entries, exits: $0.exits)
            }
        }
    }

    var stockCSV: String {
        var text = CSVText.row(["date", "authority", "category", "age_band", "children"])
        for row in stock {
            text += CSVText.row([row.date.iso, row.authority, row.category.rawValue, row.ageBand.rawValue,
                                 String(row.children)])
        }
        return text
    }

    var flowsCSV: String {
        var text = CSVText.row(["authority", "month", "entries", "exits"])
        for row in flowRows {
            text += CSVText.row([row.authority, row.month, String(row.entries), String(row.exits)])
        }
        return text
    }

    func json<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        encoder.dateEncodingStrategy = .iso8601
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}

/// RFC 4180 rows: fields quoted only when they hold a comma, quote or line break; CRLF line ends.
enum CSVText {
    static func row(_ fields: [String]) -> String {
        fields.map { field in
            guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
            return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }.joined(separator: ",") + "\r\n"
    }
}
