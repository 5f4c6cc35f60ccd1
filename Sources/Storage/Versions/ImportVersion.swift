import Foundation

/// One import, as a version of the data that can be undone: what kind, for which authorities, when, what it
/// did, and whether it has been undone.
public struct ImportVersion: Sendable, Equatable {
    public enum Kind: String, Sendable, CaseIterable {
        case ssda903, costs, budget
        /// An authority's foster households, homes or recruitment register (see `SupplyRepository`).
        case households, homes, recruitment
        /// An authority's programmes and children's plans (see `ProgrammeRepository`).
        case programmes

        /// In the council's words.
        public var label: String {
            switch self {
            case .ssda903: "SSDA903 returns"
            case .costs: "costs register"
            case .budget: "budget"
            case .households: "foster households"
            case .homes: "children's homes"
            case .recruitment: "fostering recruitment"
            case .programmes: "programmes and children's plans"
            }
        }
    }

    public var id: Int64
    public var kind: Kind
    public var authorities: [String]
    public var importedAt: Date
    public var summary: String
    public var undoneAt: Date?

    public init(
        id: Int64, kind: Kind, authorities: [String], importedAt: Date, summary: String, undoneAt: Date? = nil
    ) {
        self.id = id
        self.kind = kind
        self.authorities = authorities
        self.importedAt = importedAt
        self.summary = summary
        self.undoneAt = undoneAt
    }
}
