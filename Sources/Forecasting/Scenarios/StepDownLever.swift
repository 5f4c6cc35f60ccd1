import CareModel

/// Step `perMonth` children a month down from external residential to `to` from `from`: the selected
/// children in order (at their own prices), or, without a selection, children the projection has in
/// external residential homes (at their average price). The new home costs `targetWeekly`, or the
/// register's average for `to` when not given.
public struct StepDownLever: Sendable, Hashable, Codable {
    public var perMonth: Int
    public var from: Day
    public var to: PlacementCategory
    public var targetWeekly: Money?
    public var children: ChildSelection?

    public init(
        perMonth: Int, from: Day, to: PlacementCategory = .fosteringInHouse, targetWeekly: Money? = nil,
        children: ChildSelection? = nil
    ) {
        self.perMonth = perMonth
        self.from = from
        self.to = to
        self.targetWeekly = targetWeekly
        self.children = children
    }

    public var summary: String {
        "Step down \(perMonth) child\(perMonth == 1 ? "" : "ren") a month to \(to.label.lowercased()) from "
            + "\(from.long)" + (children.map { ", \($0.summary)" } ?? "")
    }
}

/// Entries into care changed by `percent` (−10: a tenth fewer) from `from`.
public struct EntriesLever: Sendable, Hashable, Codable {
    public var percent: Double
    public var from: Day

    public init(percent: Double, from: Day) {
        self.percent = percent
        self.from = from
    }

    /// A percentage as people write it: "10", "2.5".
    static func text(_ percent: Double) -> String {
        let tenths = (percent * 10).rounded()
        return tenths.truncatingRemainder(dividingBy: 10) == 0 ? "\(Int(tenths / 10))" : "\(tenths / 10)"
    }

    public var summary: String {
        "Entries into care \(percent < 0 ? "down" : "up") \(Self.text(abs(percent)))% from \(from.long)"
    }
}

/// Prices of a kind of home up by `percent` from `from`.
public struct PriceUpliftLever: Sendable, Hashable, Codable {
    public var kind: DemandCategory
    public var percent: Double
    public var from: Day

    public init(kind: DemandCategory, percent: Double, from: Day) {
        self.kind = kind
        self.percent = percent
        self.from = from
    }

    public var summary: String {
        "\(kind.label) prices up \(EntriesLever.text(percent))% from \(from.long)"
    }
}
