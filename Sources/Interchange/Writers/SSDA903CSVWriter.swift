import CareModel
import Foundation

/// Writes the SSDA903 Header and Episodes tables as CSV the way councils send them to the DfE:
/// exactly the DfE columns in the DfE order, dates as DD/MM/YYYY, blanks for what is not recorded.
public enum SSDA903CSVWriter {
    public static let headerColumns = ["CHILD", "SEX", "DOB", "ETHNIC", "UPN", "MOTHER", "MC_DOB"]
    public static let episodeColumns = [
        "CHILD", "DECOM", "RNE", "LS", "CIN", "PLACE", "PLACE_PROVIDER", "DEC",
        "REC", "REASON_PLACE_CHANGE", "HOME_POST", "PL_POST", "URN",
    ]

    public static let uascColumns = ["CHILD", "SEX", "DOB", "DUC"]

    /// The UASC table of a return for `year`: each unaccompanied asylum-seeking child of the return (children
    /// without a status are left out), DUC blank when not known.
    public static func uasc(
        _ children: [Child], year: FinancialYear, lineEnding: CSVWriter.LineEnding = .crlf
    ) -> CSVWriter {
        var csv = CSVWriter(header: uascColumns, lineEnding: lineEnding)
        for child in children {
            guard let status = child.uasc else { continue }
            csv.append([
                child.id, child.sex.returnCode(in: year), child.dateOfBirth.ukNumeric, status.ceased?.ukNumeric,
            ])
        }
        return csv
    }

    /// The Header table of a return for `year`: SEX is 1/2 up to 2023-24 and M/F/U from 2024-25.
    /// With `uasc`, the newer layout's UASC (1 or 0) and DUC columns follow, as the XML form carries them.
    public static func header(
        _ children: [Child], year: FinancialYear,
        lineEnding: CSVWriter.LineEnding = .crlf, uasc: Bool = false
    ) -> CSVWriter {
        var csv = CSVWriter(header: headerColumns + (uasc ? ["UASC", "DUC"] : []), lineEnding: lineEnding)
        for child in children {
            let status = child.uasc
            csv.append(row(child, year: year) + (uasc ? [status == nil ? "0" : "1", status?.ceased?.ukNumeric] : []))
        }
        return csv
    }

    /// The Episodes table, rows in the order given; with the DfE's derived PL_DISTANCE column after URN
    /// when any episode has a distance.
    public static func episodes(_ episodes: [Episode], lineEnding: CSVWriter.LineEnding = .crlf) -> CSVWriter {
        let distances = episodes.contains { $0.placementDistance != nil }
        var csv = CSVWriter(header: episodeColumns + (distances ? ["PL_DISTANCE"] : []), lineEnding: lineEnding)
        for episode in episodes {
            csv.append(row(episode) + (distances ? [episode.placementDistance.map { String(format: "%.1f", $0) }] : []))
        }
        return csv
    }

    static func row(_ child: Child, year: FinancialYear) -> [String?] {
        [
            child.id, child.sex.returnCode(in: year), child.dateOfBirth.ukNumeric, child.ethnicity?.code,
            child.upn, child.isMother.map { $0 ? "1" : "0" }, child.motherChildDateOfBirth?.ukNumeric,
        ]
    }

    static func row(_ e: Episode) -> [String?] {
        [
            e.childID, e.start.ukNumeric, e.reasonNew.code, e.legalStatus.code, e.categoryOfNeed?.code, e.place.code,
            e.provider?.code, e.end?.ukNumeric, e.reasonEnded?.code, e.reasonPlaceChange?.code, e.homePostcode,
            e.placementPostcode, e.urn,
        ]
    }
}
