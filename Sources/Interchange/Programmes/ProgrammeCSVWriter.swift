import CareModel

/// Writes the programme register in the layouts `ProgrammeRegisterReader` takes — programmes.csv,
/// plans.csv and plan-statuses.csv — every column present: dates ISO, money plain ("450.00"), financial
/// years as "2025-26", codes as Hearth's own, blanks for what is not known, and the authority in `la`, so a
/// register of several councils reads back whole.
public enum ProgrammeCSVWriter {
    public static let programmeColumns = ProgrammeColumns.all
    public static let planColumns = PlanColumns.all
    public static let planStatusColumns = PlanStatusColumns.all

    /// programmes.csv: a row per savings target of each programme, in year order (a programme without
    /// targets has one row with both blank), programmes in the order given.
    public static func programmes(_ programmes: [Programme], lineEnding: CSVWriter.LineEnding = .crlf) -> String {
        var csv = CSVWriter(header: programmeColumns, lineEnding: lineEnding)
        for p in programmes {
            let sorted = p.savingsTargets.sorted { $0.year < $1.year }
            let targets: [SavingsTarget?] = sorted.isEmpty ? [nil] : sorted.map { Optional($0) }
            for target in targets {
                csv.append([p.id, p.name, p.kind.rawValue, target?.year.label, target?.amount.plain, p.authority])
            }
        }
        return csv.text
    }

    /// plans.csv: one row per plan, in the order given.
    public static func plans(_ plans: [ProgrammePlan], lineEnding: CSVWriter.LineEnding = .crlf) -> String {
        var csv = CSVWriter(header: planColumns, lineEnding: lineEnding)
        for p in plans {
            csv.append([
                p.id, p.programme, p.child, p.identified.iso, p.destination.code, p.targetWeekly.plain,
                p.targetDate.iso, p.firstTargetDate.iso, p.oneOffCost.plain, p.owner, p.authority,
            ])
        }
        return csv.text
    }

    /// plan-statuses.csv: each plan's status changes, plans in the order given and each one's changes in
    /// day order.
    public static func planStatuses(_ plans: [ProgrammePlan], lineEnding: CSVWriter.LineEnding = .crlf) -> String {
        var csv = CSVWriter(header: planStatusColumns, lineEnding: lineEnding)
        for plan in plans {
            for change in plan.statuses.sorted(by: { $0.day < $1.day }) {
                csv.append([plan.id, change.day.iso, change.status.rawValue, change.reason, plan.authority])
            }
        }
        return csv.text
    }
}
