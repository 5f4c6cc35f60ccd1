import CareModel
import Foundation

@testable import Interchange

/// A temporary folder for files a test writes; the test removes it with `defer { folder.remove() }`
/// (an explicit call rather than `deinit`, which could run before the read when the optimiser ends the
/// folder's lifetime at its last use).
struct SSDA903TestFolder {
    let path: String

    init() {
        // Letters only: a run of digits such as "2031" in the folder name would be read as a return year.
        let letters = UUID().uuidString.unicodeScalars.map { scalar in
            scalar.properties.numericType == nil ? Character(scalar) : Character(UnicodeScalar(scalar.value + 49)!)
        }
        path = FileManager.default.temporaryDirectory.appendingPathComponent("hearth-ssda903-\(String(letters))").path
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    func remove() { try? FileManager.default.removeItem(atPath: path) }

    /// Writes `text` to `name` (sub-folders created) and returns the file's full path.
    @discardableResult
    func write(_ name: String, _ text: String) -> String {
        let file = path + "/" + name
        let folder = (file as NSString).deletingLastPathComponent
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        _ = FileManager.default.createFile(atPath: file, contents: Data(text.utf8))
        return file
    }
}

/// Short builders for hand-made fixtures.
enum Fixture {
    static let headerColumns = "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB"
    static let episodeColumns =
        "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN"

    static func day(_ iso: String) -> Day { Day(iso: iso)! }

    static func episode(
        _ child: String = "1", start: String, end: String?, rne: ReasonNewEpisode = .p,
        ls: LegalStatus = .c2, place: PlacementType = .u4, provider: PlacementProvider? = .pr1,
        rec: ReasonEpisodeCeased? = nil, change: ReasonPlaceChange? = nil
    ) -> Episode {
        Episode(
            childID: child, start: day(start), reasonNew: rne, legalStatus: ls, place: place, provider: provider,
            end: end.map(day), reasonEnded: rec, reasonPlaceChange: change)
    }

    static func child(_ id: String = "1", sex: Sex = .female, ethnicity: Ethnicity? = .wbri) -> Child {
        Child(id: id, sex: sex, dateOfBirth: day("2010-05-04"), ethnicity: ethnicity)
    }

    /// An extract whose rows are numbered in the order given.
    static func extract(headers: [(Child, Int?)], episodes: [(Episode, Int?)], authority: AuthorityCode = "879")
        -> SSDA903Extract
    {
        var order = 0
        let headerRows = headers.map { child, year in
            order += 1
            return HeaderRow(authority: authority, returnYear: year, order: order, child: child)
        }
        let episodeRows = episodes.map { episode, year in
            order += 1
            return EpisodeRow(authority: authority, returnYear: year, order: order, episode: episode)
        }
        return SSDA903Extract(headers: headerRows, episodes: episodeRows)
    }
}
