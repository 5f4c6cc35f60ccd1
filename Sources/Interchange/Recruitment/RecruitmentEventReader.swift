import CareModel

/// Reads the fostering recruitment pipeline (recruitment-events.csv): each prospective household's steps
/// from enquiry to approval or withdrawal, from which Hearth counts the funnel and the households to come.
///
/// One row per event, with the columns `prospect` (the council's reference, e.g. ENQ-2024-031), `stage`
/// (enquiry, initial-visit, application, stage-1, stage-2, panel, approval or withdrawn) and `date`.
/// Optional columns:
/// - `la` or `authority`: the council's code (otherwise the reader's default authority);
/// - `channel`: how the enquiry came (regional-hub, campaign, refer-a-friend, ifa-transfer, other);
/// - `withdrawal_reason`: given on, and only on, a withdrawn row (personal-circumstances, not-ready,
///   chosen-another-provider, council-decision, panel-not-recommended, lost-contact, other).
/// A prospect reaches each stage once; its events, by date, move forward through the stages (a later
/// event at an earlier stage is a problem), and nothing follows its approval or withdrawal.
///
/// Dates are `YYYY-MM-DD` or `DD/MM/YYYY`; codes in any case. Row 1 holds the column names (in any case;
/// other columns are ignored). Any problem is reported with its row and column, and then nothing is
/// returned.
public struct RecruitmentEventReader: Sendable {
    /// The council the rows belong to when the file has no `la`/`authority` column.
    public var defaultAuthority: AuthorityCode

    public init(defaultAuthority: AuthorityCode) {
        self.defaultAuthority = defaultAuthority
    }

    public func read(path: String) throws(FileReadFailure) -> [RecruitmentEvent] {
        try read(bytes: SupplyTable.bytes(path: path), file: path)
    }

    /// Reads CSV bytes; `file` names the source in problems. Events come sorted by authority, prospect and
    /// day (on one day, in funnel order).
    public func read(bytes: [UInt8], file: String) throws(FileReadFailure) -> [RecruitmentEvent] {
        let table = try SupplyTable.open(
            bytes: bytes, file: file, register: "recruitment events", required: RecruitmentEventColumns.required)
        let read = table.rows { RecruitmentEventRow.read(&$0, defaultAuthority: defaultAuthority) }
        var problems = read.problems
        for rows in Dictionary(grouping: read.rows, by: \.prospect).values {
            problems += RecruitmentJourney(rows: rows, file: file).problems
        }
        guard problems.isEmpty else { throw FileReadFailure(problems: problems.sortedByRow()) }
        return read.rows.map(\.event).sorted {
            ($0.authority, $0.prospect, $0.day, $0.stage) < ($1.authority, $1.prospect, $1.day, $1.stage)
        }
    }
}
