import Foundation
import Testing

/// The pseudonymised export as an analyst would receive it, from a generated authority.
@Suite("hearth export pseudonymised, end to end", .serialized)
struct ExportCommandTests {
    static let columns =
        "la,child,sex,month_of_birth,ethnicity,mother,decom,rne,ls,cin,place,place_provider,dec,rec,"
        + "reason_place_change,home_sector,placement_sector,urn"

    func importedAuthority(_ work: Workspace) throws -> String {
        let db = work.path("hearth.sqlite")
        try work.hearth(["generate", "--out", work.path("gen"), "--seed", "5", "--authorities", "1", "--years", "2"])
            .expectSuccess()
        try work.hearth(["import", "ssda903", work.path("gen"), "--db", db]).expectSuccess()
        return db
    }

    func export(_ work: Workspace, _ db: String, salt: String, out: String) throws -> Workspace.Result {
        try salt.write(toFile: work.path("salt.txt"), atomically: true, encoding: .utf8)
        return try work.hearth([
            "export", "pseudonymised", "--salt-file", work.path("salt.txt"), "--out", work.path(out), "--db", db,
        ])
    }

    @Test func noChildIDsBirthDaysOrFullPostcodesLeave() throws {
        let work = try Workspace()
        let db = try importedAuthority(work)
        let result = try export(work, db, salt: "0123456789abcdef0123456789abcdef\n", out: "export.csv")
        result.expectSuccess()
        #expect(result.out.contains(" children to \(work.path("export.csv"))."))
        let text = try String(contentsOfFile: work.path("export.csv"), encoding: .utf8)
        let rows = text.split(separator: "\r\n").map {
            $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        }
        #expect(rows[0].joined(separator: ",") == Self.columns)
        #expect(rows.count > 1_244)
        let hex = Set("0123456789abcdef")
        let sector = #/([A-Z]{1,2}[0-9][0-9A-Z]? [0-9])?/#
        // A month of birth is the first of its month, or just the year when fewer than 6 children share
        // the month, or empty when fewer than 6 share that too (small-number suppression).
        let birth = #/([0-9]{4}(-[0-9]{2}-01)?)?/#
        for row in rows.dropFirst() {
            #expect(row.count == 18)
            #expect(row[1].count == 64 && row[1].allSatisfy(hex.contains))
            #expect(row[3].wholeMatch(of: birth) != nil, "\(row)")
            #expect(row[15].wholeMatch(of: sector) != nil && row[16].wholeMatch(of: sector) != nil, "\(row)")
        }
        #expect(rows.dropFirst().contains { !$0[3].isEmpty })
        // Every quasi-identifying value that is written out is shared by at least 6 children (pseudonyms);
        // this replaces a check that some home sector is written, which suppression no longer promises.
        for name in ["sex", "month_of_birth", "ethnicity", "mother", "home_sector", "placement_sector", "urn"] {
            let column = try #require(rows[0].firstIndex(of: name))
            let children = Dictionary(grouping: rows.dropFirst().filter { !$0[column].isEmpty }, by: { $0[column] })
                .mapValues { Set($0.map { $0[1] }).count }
            #expect(children.values.allSatisfy { $0 >= 6 }, "\(name)")
        }
        // Nothing identifying from the returns: no CHILD reference and no full postcode.
        let episodes = try String(contentsOfFile: work.path("gen/990/2025/episodes.csv"), encoding: .utf8)
            .split(separator: "\n").dropFirst().map { $0.split(separator: ",", omittingEmptySubsequences: false) }
        let children = Set(episodes.map { String($0[0]) }), postcodes = Set(episodes.map { String($0[10]) })
        #expect(rows.dropFirst().allSatisfy { !children.contains($0[1]) })
        #expect(postcodes.allSatisfy { $0.isEmpty || !text.contains($0) })

        // The same salt gives the same file; another salt other pseudonyms. Every export is audited.
        try export(work, db, salt: "0123456789abcdef0123456789abcdef", out: "again.csv").expectSuccess()
        #expect(try String(contentsOfFile: work.path("again.csv"), encoding: .utf8) == text)
        try export(work, db, salt: "another salt of enough length", out: "other.csv").expectSuccess()
        let other = try String(contentsOfFile: work.path("other.csv"), encoding: .utf8)
        #expect(
            other.split(separator: "\r\n")[1].split(separator: ",")[1]
                != text.split(separator: "\r\n")[1].split(separator: ",")[1])
        let audit = try work.hearth(["audit", "--format", "csv", "--db", db]).out
        #expect(audit.components(separatedBy: ",export,").count - 1 == 3)
        #expect(audit.contains("pseudonymised episodes to \(work.path("export.csv")): all authorities, "))
    }

    @Test func shortSaltIsRefusedAndNothingIsWritten() throws {
        let work = try Workspace()
        let db = try importedAuthority(work)
        let result = try export(work, db, salt: "only 15 bytes..\n", out: "export.csv")
        #expect(result.status != 0)
        #expect(result.err.contains("the salt is 15 bytes long; it must be at least 16"))
        #expect(!FileManager.default.fileExists(atPath: work.path("export.csv")))
        #expect(!(try work.hearth(["audit", "--format", "csv", "--db", db]).out.contains(",export,")))
    }
}
