import CareModel

/// Reads the council's foster households (households.csv) and, optionally, their status changes
/// (household-statuses.csv): the supply side of in-house fostering, set against the placements that name
/// a household as their `carer`.
///
/// **households.csv**: one row per household, with the columns `household` (the council's reference,
/// e.g. FC-0123), `kind` (mainstream, connected or specialist), `approved` (the day it was approved) and
/// `places` (1 to 20). Optional columns:
/// - `la` or `authority`: the council's code (otherwise the reader's default authority);
/// - `youngest`, `oldest`: the ages of children it is approved for, each 0 to 21, youngest ≤ oldest;
/// - `terms`: what it is approved for, separated by ";" (short-term, long-term, emergency, respite,
///   parent-and-child, remand);
/// - `supervising_team`, `constellation` (its Mockingbird constellation);
/// - `postcode`: a UK postcode, kept as "PL6 5AB" (pages show only its sector);
/// - `weekly_fee`, `weekly_allowance`: £ a week for one placement, the carers' fee and the child's allowance.
/// A household's reference may appear once per authority.
///
/// **household-statuses.csv**: one row per change, with the columns `household`, `from` (the day the
/// status starts) and `status` (approved, on-hold, under-review or resigned); optionally `reason` (illness,
/// bereavement, retirement, … — `HouseholdStatusReason`'s codes), `places_on_hold` (only with on-hold: how
/// many of its places, 1 to all of them; blank means all) and `la`/`authority`. Each status must name a
/// household in households.csv, start no earlier than its approval, and be its only status that day.
///
/// Dates are `YYYY-MM-DD` or `DD/MM/YYYY`; amounts "1234.56" or "£1,234.56"; codes in any case. Row 1 holds
/// the column names (in any case; other columns are ignored). Any problem in either file is reported with
/// its file, row and column, and then nothing is returned.
public struct HouseholdRegisterReader: Sendable {
    /// The council the rows belong to when a file has no `la`/`authority` column.
    public var defaultAuthority: AuthorityCode

    public init(defaultAuthority: AuthorityCode) {
        self.defaultAuthority = defaultAuthority
    }

    /// Reads the files at the paths; without `statusesPath` every household is approved throughout.
    public func read(householdsPath: String, statusesPath: String? = nil) throws(FileReadFailure) -> [Household] {
        var problems: [FileProblem] = []
        var households: [UInt8] = []
        var statuses: (name: String, bytes: [UInt8])?
        do { households = try SupplyTable.bytes(path: householdsPath) } catch { problems += error.problems }
        if let statusesPath {
            do { statuses = try (name: statusesPath, bytes: SupplyTable.bytes(path: statusesPath)) } catch {
                problems += error.problems
            }
        }
        guard problems.isEmpty else { throw FileReadFailure(problems: problems) }
        return try read(households: (name: householdsPath, bytes: households), statuses: statuses)
    }

    /// Reads CSV bytes; each file's `name` names it in problems. Households come sorted by authority then
    /// reference, each with its statuses in day order.
    public func read(
        households: (name: String, bytes: [UInt8]), statuses: (name: String, bytes: [UInt8])?
    ) throws(FileReadFailure) -> [Household] {
        var register = HouseholdRegisterBuilder(householdsFile: households.name)
        readHouseholds(households.bytes, file: households.name, into: &register)
        if let statuses {
            let read = readStatuses(statuses.bytes, file: statuses.name)
            register.attach(read.rows, file: statuses.name, problems: read.problems)
        }
        guard register.problems.isEmpty else { throw FileReadFailure(problems: register.problems) }
        return register.households
    }

    /// households.csv's rows, each household's reference checked to be new to the file.
    private func readHouseholds(_ bytes: [UInt8], file: String, into register: inout HouseholdRegisterBuilder) {
        let table: SupplyTable
        do {
            table = try SupplyTable.open(
                bytes: bytes, file: file, register: "households", required: HouseholdColumns.required)
        } catch {
            register.add([], named: [], problems: error.problems, opened: false)
            return
        }
        var references = ReferenceRows(
            column: HouseholdColumns.household, noun: "household", defaultAuthority: defaultAuthority)
        let read = table.rows { (r: inout TableRowReader) -> HouseholdRow? in
            references.note(&r, authorityColumns: HouseholdColumns.authority)
            return HouseholdRow.read(&r, defaultAuthority: defaultAuthority)
        }
        register.add(read.rows, named: references.references, problems: read.problems, opened: true)
    }

    /// household-statuses.csv's rows, each checked on its own.
    private func readStatuses(_ bytes: [UInt8], file: String) -> (rows: [HouseholdStatusRow], problems: [FileProblem]) {
        do {
            let table = try SupplyTable.open(
                bytes: bytes, file: file, register: "household statuses", required: HouseholdStatusColumns.required)
            return table.rows { HouseholdStatusRow.read(&$0, defaultAuthority: defaultAuthority) }
        } catch {
            return ([], error.problems)
        }
    }
}
