import CareModel
import CouncilTasks

extension ImportReport {
    /// The report as a finance or data officer reads it after an import.
    var text: String {
        var lines: [String] = []
        let kinds = Dictionary(grouping: files, by: \.kind).sorted { $0.key < $1.key }
        lines.append(
            "Read \(files.count) file\(files.count == 1 ? "" : "s"): "
                + kinds.map { "\($0.value.count) \($0.key)" }.joined(separator: ", ") + ".")
        lines.append("Rows: \(headerRows.grouped) header, \(episodeRows.grouped) episodes.")
        lines.append(
            "Children created or changed: \(childrenAffected.grouped); "
                + "their episodes after cleaning: \(episodesAfterCleaning.grouped).")
        let applied = CleaningRule.allCases.compactMap { rule in rulesApplied[rule].map { (rule, $0) } }
        if applied.isEmpty {
            lines.append("Cleaning rules applied: none were needed.")
        } else {
            lines.append("Cleaning rules applied:")
            let width = applied.map(\.0.label.count).max() ?? 0
            for (rule, n) in applied {
                lines.append(
                    "  " + rule.label.padding(toLength: width, withPad: " ", startingAt: 0)
                        + "  " + n.grouped.leftPadded(to: 8))
            }
        }
        if !warnings.isEmpty {
            lines.append("Warnings (imported, but worth a look):")
            lines += warnings.map { "  " + $0 }
        }
        return lines.joined(separator: "\n")
    }
}
