import CareModel
import CouncilTasks
import Forecasting
import Interchange

/// One programme's year in a line, for `hearth programme list --format csv|json`.
struct ProgrammeLine: Encodable {
    var programme: String, name: String, kind: String, plans: Int
    var achieved: Int, onTrack: Int, unconfirmed: Int, outOfScope: Int
    var target: String?, anticipatedInYear: String, realisedInYear: String, slippageInYear: String

    init(_ savings: ProgrammeSavings) {
        let counts = Dictionary(
            uniqueKeysWithValues: savings.cohortRows.compactMap { row in row.cohort.map { ($0, row.children) } })
        programme = savings.programme.id
        name = savings.programme.name
        kind = savings.programme.kind.rawValue
        plans = savings.plans.count
        achieved = counts[.achieved] ?? 0
        onTrack = counts[.onTrack] ?? 0
        unconfirmed = counts[.unconfirmed] ?? 0
        outOfScope = counts[.outOfScope] ?? 0
        target = savings.target?.plain
        anticipatedInYear = savings.anticipatedInYear.plain
        realisedInYear = savings.realisedInYear.plain
        slippageInYear = savings.slippageInYear.plain
    }

    var cells: [String?] {
        [
            programme, name, kind, String(plans), String(achieved), String(onTrack), String(unconfirmed),
            String(outOfScope), target, anticipatedInYear, realisedInYear, slippageInYear,
        ]
    }
}

extension ProgrammesReport {
    var csv: String {
        var writer = CSVWriter(header: [
            "programme", "name", "kind", "plans", "achieved", "on_track", "unconfirmed", "out_of_scope", "target",
            "anticipated_in_year", "realised_in_year", "slippage_in_year",
        ])
        for programme in programmes { writer.append(ProgrammeLine(programme).cells) }
        return writer.text
    }

    var table: String {
        guard let year = programmes.first?.year else {
            return "Authority \(authority) has no programmes. `hearth import programmes` loads them.\n"
        }
        var out = "Programmes of authority \(authority) on \(day.long): savings in \(year.label)\n\n"
        out +=
            "Programme".rightPadded(to: 34)
            + ["Plans", "Target", "Anticipated", "Realised", "Slippage"].map { $0.leftPadded(to: 15) }.joined() + "\n"
        for programme in programmes {
            out +=
                "\(programme.programme.name) (\(programme.programme.id))".rightPadded(to: 34)
                + programme.plans.count.grouped.leftPadded(to: 15)
                + [programme.target, programme.anticipatedInYear, programme.realisedInYear, programme.slippageInYear]
                .map { ($0?.formatted ?? "none").leftPadded(to: 15) }.joined() + "\n"
        }
        return out
            + "\nAnticipated: achieved and on-track plans to 31 March. Realised: moves the costs register shows.\n"
    }
}
