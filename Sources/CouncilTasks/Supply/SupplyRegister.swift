import CareModel

/// One of the registers of the council's own homes that a file replaces for an authority. Codable so that an
/// upload can wait in the database (`PendingUpload`) while its sender checks what it would replace.
public enum SupplyRegister: Sendable, Hashable, Codable {
    case households([Household])
    case homes([ChildrensHome])
    case recruitment([RecruitmentEvent])

    /// What the register is called in messages and the audit log.
    public var name: String {
        switch self {
        case .households: "foster households"
        case .homes: "children's homes"
        case .recruitment: "fostering recruitment events"
        }
    }

    /// The authorities the rows belong to, in order.
    var authorities: [AuthorityCode] {
        let codes: [AuthorityCode] =
            switch self {
            case .households(let rows): rows.map(\.authority)
            case .homes(let rows): rows.map(\.authority)
            case .recruitment(let rows): rows.map(\.authority)
            }
        return Array(Set(codes)).sorted()
    }

    /// The rows of one authority, with rows of the reader's stand-in authority given to `code`.
    func rows(of code: AuthorityCode, unnamedAs fallback: AuthorityCode?) -> SupplyRegister {
        func owned(_ authority: AuthorityCode) -> AuthorityCode {
            authority == CostsImport.unnamed ? fallback ?? authority : authority
        }
        switch self {
        case .households(let rows):
            return .households(
                rows.map {
                    var r = $0; r.authority = owned(r.authority); return r
                }.filter { $0.authority == code })
        case .homes(let rows):
            return .homes(
                rows.map {
                    var r = $0; r.authority = owned(r.authority); return r
                }.filter { $0.authority == code })
        case .recruitment(let rows):
            return .recruitment(
                rows.map {
                    var r = $0; r.authority = owned(r.authority); return r
                }.filter { $0.authority == code })
        }
    }

    /// How many rows: households, homes or events.
    public var count: Int {
        switch self {
        case .households(let rows): rows.count
        case .homes(let rows): rows.count
        case .recruitment(let rows): rows.count
        }
    }

    /// The references a placement's `carer` may name: households' and homes' own.
    var carerReferences: Set<String> {
        switch self {
        case .households(let rows): Set(rows.map(\.id))
        case .homes(let rows): Set(rows.map(\.id))
        case .recruitment: []
        }
    }
}
