import CareModel

extension SSDA903ExtractBuilder {
    /// The import report's line about set-aside rows: how many rows of each kind and how many children they
    /// touch, so the effect on counts is plain ("10 episode rows set aside (9 children affected) …").
    static func setAsideSummary(_ rows: [SetAsideRow]) -> String {
        let distinct = Set(rows.map { "\($0.file)\u{1F}\($0.row)" })
        let count = { (kind: SetAsideRow.Kind) in
            Set(rows.filter { $0.kind == kind }.map { "\($0.file)\u{1F}\($0.row)" }).count
        }
        let episodes = count(.episode), uasc = count(.uasc)
        let headers = distinct.count - episodes - uasc
        let children = Set(rows.map { ChildKey(authority: $0.authority, child: $0.child) }).count
        var parts: [String] = []
        if episodes > 0 { parts.append("\(episodes.grouped) episode row\(episodes == 1 ? "" : "s")") }
        if headers > 0 { parts.append("\(headers.grouped) header row\(headers == 1 ? "" : "s")") }
        if uasc > 0 { parts.append("\(uasc.grouped) UASC row\(uasc == 1 ? "" : "s")") }
        return parts.joined(separator: " and ") + " set aside (\(children.grouped) "
            + "\(children == 1 ? "child" : "children") affected): each breaks a rule and was left out while the rest "
            + "was imported; a child whose header is set aside is left out whole. The Data page and "
            + "hearth import set-aside list them for correction"
    }
}
