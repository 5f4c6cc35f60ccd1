import CareModel

/// Gathers households.csv's households and attaches household-statuses.csv's changes to them, checking
/// what only shows across the two files: a status for a household the register lacks, a status from
/// before the household was approved, two statuses for one household on one day, and more places on
/// hold than the household has.
struct HouseholdRegisterBuilder {
    typealias S = HouseholdStatusColumns

    /// The households file's name as problems show it ("households.csv"), without its folders.
    let householdsFile: String
    private(set) var problems: [FileProblem] = []
    private var entries: [RegisterKey: HouseholdRow] = [:]
    /// Every household a row of households.csv names, read or not, so that a status of a household whose
    /// row was wrong is not also reported as a status of a household that does not exist.
    private var named: Set<RegisterKey> = []
    /// Whether households.csv could be read at all; when not, statuses are checked only row by row.
    private var householdsOpened = false

    init(householdsFile: String) {
        self.householdsFile = String(householdsFile.split(separator: "/").last ?? Substring(householdsFile))
    }

    /// The households read, sorted by authority then reference, their statuses in day order.
    var households: [Household] {
        entries.values.map(\.household).sorted { ($0.authority, $0.id) < ($1.authority, $1.id) }
    }

    /// Takes households.csv's rows, the households it names (read or not), and its problems; `opened`
    /// says whether the file could be read at all.
    mutating func add(_ rows: [HouseholdRow], named: Set<RegisterKey>, problems: [FileProblem], opened: Bool) {
        for row in rows { entries[row.key] = row }
        self.named = named
        self.problems += problems
        householdsOpened = opened
    }

    /// Attaches household-statuses.csv's rows to their households, adding the statuses file's own
    /// `problems` and those found against households.csv.
    mutating func attach(_ rows: [HouseholdStatusRow], file: String, problems: [FileProblem]) {
        var found = problems
        var days: [RegisterKey: [Day: Int]] = [:]
        for status in rows where householdsOpened {
            if let problem = problem(with: status, file: file, days: &days) {
                found.append(problem)
            } else {
                entries[status.household]?.household.statuses.append(status.change)
            }
        }
        for key in entries.keys { entries[key]?.household.statuses.sort { $0.day < $1.day } }
        self.problems += found.sortedByRow()
    }

    /// What is wrong with `status` given the households and the statuses before it (`days`: the row of
    /// each household's status on each day so far); `nil` when nothing is.
    private func problem(
        with status: HouseholdStatusRow, file: String, days: inout [RegisterKey: [Day: Int]]
    ) -> FileProblem? {
        let key = status.household, change = status.change
        func problem(_ field: String, _ message: String) -> FileProblem {
            FileProblem(file: file, row: status.row, field: field, message: message)
        }
        guard named.contains(key) else { return problem(S.household, "\(key.id) is not in \(householdsFile)") }
        guard let entry = entries[key] else { return nil }  // its households.csv row has problems of its own
        if let earlier = days[key]?[change.day] {
            return problem(S.from, "household \(key.id) already has a status from \(change.day.iso) (row \(earlier))")
        }
        days[key, default: [:]][change.day] = status.row
        let approved = entry.household.approved
        if change.day < approved {
            return problem(
                S.from,
                "\(change.day.iso) is before household \(key.id) was approved on \(approved.iso) "
                    + "(\(householdsFile) row \(entry.row))")
        }
        let places = entry.household.places
        if let onHold = change.placesOnHold, onHold > places {
            let approvedFor = places == 1 ? "1 place" : "\(places) places"
            return problem(S.placesOnHold, "\(onHold) is more than household \(key.id)'s \(approvedFor)")
        }
        return nil
    }
}
