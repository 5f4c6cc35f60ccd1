import CareModel

/// What replacing one authority's foster households, children's homes or recruitment events with a file's
/// would change, shown before anything is replaced: the register now and after, the references the file adds,
/// drops and changes, and how much of the register would go. Every such upload is shown first, because a file
/// replaces the whole register and a partial one sent as a whole one would quietly drop households or beds.
public struct SupplyChange: Sendable, Equatable {
    /// One measure of the register ("Households"), now and after; `now` is `nil` for what only the file
    /// does (new, gone, changed).
    public struct Line: Sendable, Equatable {
        public var name: String
        public var now: Int?
        public var after: Int
    }

    public var authority: AuthorityCode
    public var lines: [Line]
    /// What the warning counts ("households", "beds", "prospects"): how many the register holds now, and how
    /// many of those the file would take away.
    public var measure: String
    public var measureNow: Int
    public var measureGone: Int

    /// More than half of the register would go: most likely a partial file sent as a whole one, so the
    /// preview warns.
    public var removesMoreThanHalf: Bool { measureNow > 0 && measureGone * 2 > measureNow }
}

extension SupplyChange {
    /// Households matched by reference; approved places counted on `day` (a resigned household has none).
    init(authority: AuthorityCode, households old: [Household], _ new: [Household], on day: Day) {
        let refs = ReferenceComparison(old.map { ($0.id, $0) }, new.map { ($0.id, $0) })
        func places(_ rows: [Household]) -> Int { rows.reduce(0) { $0 + $1.approvedPlaces(on: day) } }
        self.init(
            authority: authority,
            lines: [
                Line(name: "Households", now: old.count, after: new.count),
                Line(name: "Places approved on \(day.long)", now: places(old), after: places(new)),
            ] + refs.lines(new: "New households", gone: "Households gone", changed: "Households changed"),
            measure: "households", measureNow: old.count, measureGone: refs.gone.count)
    }

    /// Homes and block contracts matched by reference; the beds that go are those of homes the file drops and
    /// those a kept home loses.
    init(authority: AuthorityCode, homes old: [ChildrensHome], _ new: [ChildrensHome]) {
        let refs = ReferenceComparison(old.map { ($0.id, $0) }, new.map { ($0.id, $0) })
        func beds(_ rows: [ChildrensHome]) -> Int { rows.reduce(0) { $0 + $1.beds } }
        let gone = old.reduce(0) { sum, home in sum + max(0, home.beds - (refs.new[home.id]?.beds ?? 0)) }
        self.init(
            authority: authority,
            lines: [
                Line(name: "Homes and block contracts", now: old.count, after: new.count),
                Line(name: "Beds", now: beds(old), after: beds(new)),
            ]
                + refs.lines(
                    new: "New homes and contracts", gone: "Homes and contracts gone",
                    changed: "Homes and contracts changed"),
            measure: "beds", measureNow: beds(old), measureGone: gone)
    }

    /// Recruitment events gathered by prospect: a prospect changes when any of its events does.
    init(authority: AuthorityCode, events old: [RecruitmentEvent], _ new: [RecruitmentEvent]) {
        func prospects(_ rows: [RecruitmentEvent]) -> [(String, Set<RecruitmentEvent>)] {
            Dictionary(grouping: rows, by: \.prospect).map { ($0.key, Set($0.value)) }
        }
        let refs = ReferenceComparison(prospects(old), prospects(new))
        self.init(
            authority: authority,
            lines: [
                Line(name: "Events", now: old.count, after: new.count),
                Line(name: "Prospects", now: refs.old.count, after: refs.new.count),
            ] + refs.lines(new: "New prospects", gone: "Prospects gone", changed: "Prospects changed"),
            measure: "prospects", measureNow: refs.old.count, measureGone: refs.gone.count)
    }
}

/// A register now and in a file, matched by reference: what is new, gone, and in both but different.
struct ReferenceComparison<Item: Equatable> {
    let old: [String: Item]
    let new: [String: Item]

    /// Rows as (reference, item); a reference given twice keeps its first row (the readers refuse repeats).
    init(_ old: [(String, Item)], _ new: [(String, Item)]) {
        self.old = Dictionary(old, uniquingKeysWith: { first, _ in first })
        self.new = Dictionary(new, uniquingKeysWith: { first, _ in first })
    }

    var added: Set<String> { Set(new.keys.filter { old[$0] == nil }) }
    var gone: Set<String> { Set(old.keys.filter { new[$0] == nil }) }
    var changed: Set<String> { Set(new.keys.filter { key in old[key].map { $0 != new[key] } ?? false }) }

    /// The three counts as the preview's lines, under the names given.
    func lines(new: String, gone: String, changed: String) -> [SupplyChange.Line] {
        [
            SupplyChange.Line(name: new, now: nil, after: added.count),
            SupplyChange.Line(name: gone, now: nil, after: self.gone.count),
            SupplyChange.Line(name: changed, now: nil, after: self.changed.count),
        ]
    }
}
