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

    /// The rows of authority `code`, rows of the reader's stand-in authority counted as `fallback`'s.
    func rows(of code: AuthorityCode, unnamedAs fallback: AuthorityCode?) -> SupplyRegister {
        func owned<Row>(_ rows: [Row], _ authority: WritableKeyPath<Row, AuthorityCode>) -> [Row] {
            rows.compactMap { row in
                var row = row
                if row[keyPath: authority] == CostsImport.unnamed, let fallback { row[keyPath: authority] = fallback }
                return row[keyPath: authority] == code ? row : nil
            }
        }
        switch self {
        case .households(let rows): return .households(owned(rows, \.authority))
        case .homes(let rows): return .homes(owned(rows, \.authority))
        case .recruitment(let rows): return .recruitment(owned(rows, \.authority))
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
