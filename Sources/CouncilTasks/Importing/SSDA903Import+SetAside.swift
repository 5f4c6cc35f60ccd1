import CareModel
import Foundation
import Interchange

extension SSDA903Import {
    /// The set-aside rows this import adds, and the earlier ones it clears: those of every return it brings
    /// again (by file name, authority and year), and those its valid rows now supply.
    static func setAsideUpdate(_ extract: SSDA903Extract, _ authorities: Set<AuthorityCode>) -> SetAsideUpdate {
        var update = SetAsideUpdate(add: extract.setAside)
        for file in extract.report.files where ["header", "episodes", "uasc", "xml"].contains(file.kind) {
            let name = URL(fileURLWithPath: file.path).lastPathComponent
            for authority in authorities {
                update.clearReturns.insert(.init(authority: authority, returnYear: file.returnYear, fileName: name))
            }
        }
        for row in extract.headers {
            update.clearRecords.insert(.init(authority: row.authority, child: row.child.id, kind: .header, start: nil))
        }
        for row in extract.uasc {
            update.clearRecords.insert(.init(authority: row.authority, child: row.child, kind: .uasc, start: nil))
        }
        for row in extract.episodes {
            update.clearRecords.insert(
                .init(
                    authority: row.authority, child: row.episode.childID, kind: .episode, start: row.episode.start.iso))
        }
        return update
    }
}
