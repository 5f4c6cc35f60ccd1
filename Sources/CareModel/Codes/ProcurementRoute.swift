/// How a placement was bought, which decides what can be renegotiated and what is committed.
public enum ProcurementRoute: String, Sendable, Hashable, Codable, CaseIterable {
    case inHouse = "in-house"
    case block = "block"
    case framework = "framework"
    case spot = "spot"

    public var label: String {
        switch self {
        case .inHouse: "In-house"
        case .block: "Block contract"
        case .framework: "Framework"
        case .spot: "Spot purchase"
        }
    }

    /// Reads the route as finance systems and the S251 return write it ("Spot", "Block contract", "in house", …).
    public init?(text: some StringProtocol) {
        let t = String(Substring(text).trimmingSpaces.lowercased().map { $0 == "-" ? " " : $0 })
        if t.hasPrefix("in house") || t == "own" || t == "internal" {
            self = .inHouse
        } else if t.hasPrefix("block") {
            self = .block
        } else if t.hasPrefix("framework") || t == "dps" {
            self = .framework
        } else if t.hasPrefix("spot") {
            self = .spot
        } else {
            return nil
        }
    }
}
