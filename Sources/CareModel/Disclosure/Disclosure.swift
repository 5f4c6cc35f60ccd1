/// How much a reader may see of numbers about children: everything, or everything but small numbers
/// (`SmallNumbers`). The web app gives the read-only role (elected members, scrutiny, dashboards) small-number
/// suppression and every other role — the council's own officers, whose reports show real numbers — the lot.
public enum Disclosure: Sendable, Hashable {
    /// Every number as it is.
    case full
    /// Numbers of children from 1 to 5 shown as "fewer than 6", and costs of so few children not shown.
    case suppressSmallNumbers

    /// Whether a figure about `children` children may be shown: always in full, otherwise unless 1 to 5.
    public func shows(children: Int) -> Bool {
        self == .full || !SmallNumbers.isSmall(children)
    }

    /// Whether a projected (expected) number of children may be shown: as `shows(children:)` of the whole
    /// number it rounds to, since a forecast of 3 children in secure care next month is about real children.
    public func shows(expected children: Double) -> Bool {
        guard children.isFinite else { return true }
        return shows(children: Int(max(0, min(children, 1e9)).rounded()))
    }

    /// A number of children for people: "1,234", "0", or "fewer than 6".
    public func count(_ children: Int) -> String {
        shows(children: children) ? children.grouped : SmallNumbers.fewer
    }
}
