import CareModel
import Forecasting
import Interchange

/// One table of the budget monitor, as a download: the seed table and the make-up are aggregates; the
/// others name children, so only roles that may see children get them.
public enum BudgetView: String, CaseIterable, Sendable {
    case monitor, makeUp = "make-up", movements, placements, highCost = "high-cost", unregistered, exceptions

    /// Whether the view lists children by ID.
    public var namesChildren: Bool {
        switch self {
        case .monitor, .makeUp: false
        case .movements, .placements, .highCost, .unregistered, .exceptions: true
        }
    }
}

extension MonitorReport {
    /// The sheet behind a view: the CLI's `--view` and the web downloads render the same sheets. With
    /// `disclosure` other than full, the aggregate views hide small numbers (`rowDisclosure(line:_:)`); the
    /// views that name children are for roles that see everything, and are never suppressed.
    public func sheet(_ view: BudgetView, disclosure: Disclosure = .full) -> ReportSheet {
        switch view {
        case .monitor: seedSheet(disclosure)
        case .makeUp: makeUpSheet(disclosure)
        case .movements: movementsSheet
        case .placements: placementsSheet
        case .highCost: highCostSheet
        case .unregistered: unregisteredSheet
        case .exceptions: exceptionsSheet
        }
    }

    /// The sheets a role may download: every one for roles that see children, aggregates otherwise.
    public func sheets(namingChildren: Bool, disclosure: Disclosure = .full) -> [ReportSheet] {
        BudgetView.allCases.filter { namingChildren || !$0.namesChildren }.map { sheet($0, disclosure: disclosure) }
    }

    /// Those sheets as one XLSX workbook (the bytes of the file).
    public func workbook(namingChildren: Bool, disclosure: Disclosure = .full) -> [UInt8] {
        var workbook = Workbook()
        for sheet in sheets(namingChildren: namingChildren, disclosure: disclosure) {
            workbook.addSheet(name: sheet.name, rows: sheet.workbookRows)
        }
        return workbook.data()
    }
}
