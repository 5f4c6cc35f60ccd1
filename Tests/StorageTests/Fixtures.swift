import CareModel
import Foundation

/// Small, hand-written histories covering every stored field.
enum Fixtures {
    static func day(_ iso: String) -> Day { Day(iso: iso)! }

    /// A child with every optional header and episode field empty.
    static let sparse = ChildHistory(
        authority: "879",
        child: Child(id: "A1", sex: .unknown, dateOfBirth: day("2012-02-29")),
        episodes: [Episode(childID: "A1", start: day("2023-04-01"), reasonNew: .s, legalStatus: .v2, place: .u6)])

    /// A child with every optional field set, in two consecutive episodes.
    static let full = ChildHistory(
        authority: "879",
        child: Child(
            id: "B2", sex: .female, dateOfBirth: day("2008-07-15"), ethnicity: .mwbc, upn: "A123456789012",
            isMother: true, motherChildDateOfBirth: day("2024-01-09"), uasc: UASCStatus(ceased: day("2026-07-14"))),
        episodes: [
            Episode(
                childID: "B2", start: day("2021-05-10"), reasonNew: .s, legalStatus: .c1, categoryOfNeed: .n1,
                place: .u4, provider: .pr1, end: day("2022-01-03"), reasonEnded: .x1,
                reasonPlaceChange: .carpl, homePostcode: "PL1 2AA", placementPostcode: "PL4 8BB", urn: "1234567",
                placementDistance: 12.3),
            Episode(
                childID: "B2", start: day("2022-01-03"), reasonNew: .p, legalStatus: .c2, categoryOfNeed: .n1,
                place: .k2, provider: .pr4, end: day("2024-07-15"), reasonEnded: .e13,
                reasonPlaceChange: .creqb, homePostcode: "PL1 2AA", placementPostcode: "TQ1 1XX", urn: "SC123456"),
        ])

    /// A child of another authority, not mother (false rather than nil).
    static let elsewhere = ChildHistory(
        authority: "802",
        child: Child(
            id: "A1", sex: .male, dateOfBirth: day("2015-11-30"), ethnicity: .wbri, isMother: false, uasc: UASCStatus()),
        episodes: [
            Episode(
                childID: "A1", start: day("2020-03-02"), reasonNew: .s, legalStatus: .e1, place: .a4,
                provider: .pr1, end: day("2021-03-02"), reasonEnded: .e11)
        ])

    static let all = [sparse, full, elsewhere]

    static func report(files: Int, warning: String) -> ImportReport {
        var report = ImportReport()
        report.files = (0..<files).map {
            .init(
                path: "returns/2024/episodes\($0).csv", kind: "episodes", rows: 10 + $0, returnYear: 2024,
                contentHash: "00ff00ff00ff00f\($0)")
        }
        report.headerRows = 3
        report.episodeRows = 4
        report.childrenAffected = 3
        report.episodesAfterCleaning = 4
        report.count(.duplicateStart, 2)
        report.count(.overlapTrimmed)
        report.warnings = [warning]
        return report
    }
}

extension Date {
    /// A time written in ISO 8601 ("2025-01-01T09:00:00Z"), for stamping test imports.
    static func iso(_ text: String) -> Date {
        try! Date(text, strategy: .iso8601)
    }
}
