import CareModel
import Foundation
import Testing

@testable import Interchange
@testable import Synthetic

@Suite("Synthetic region: settings, determinism, files")
struct SyntheticRegionTests {
    /// (what, settings, expected error)
    static let invalid: [(String, SyntheticRegion.Settings, SyntheticError)] = [
        ("no authorities", .init(authorities: 0), .authoritiesOutOfRange(0)),
        ("too many authorities", .init(authorities: 151), .authoritiesOutOfRange(151)),
        ("no years", .init(years: 0), .yearsOutOfRange(0)),
        ("too many years", .init(years: 21), .yearsOutOfRange(21)),
        ("last year too early", .init(lastReturnYearEnding: 1999), .lastReturnYearOutOfRange(1999)),
    ]

    @Test("settings out of range are refused with a typed error", arguments: invalid)
    func invalidSettings(_ what: String, _ settings: SyntheticRegion.Settings, _ expected: SyntheticError) {
        #expect(throws: expected, "\(what)") { try settings.validate() }
    }

    @Test("the limits themselves are accepted")
    func limits() throws {
        try SyntheticRegion.Settings(authorities: 1, years: 1).validate()
        try SyntheticRegion.Settings(authorities: 150, years: 20, lastReturnYearEnding: 2100).validate()
    }

    @Test("return years end in the last return year: 6 years to 2025 are 2019-20 … 2024-25")
    func returnYears() {
        #expect(
            SyntheticFixture.settings.returnYears.map(\.label)
                == ["2019-20", "2020-21", "2021-22", "2022-23", "2023-24", "2024-25"])
    }

    /// (index, code): 990–999, then 989 downwards to 944, then 100 upwards.
    static let codes: [(Int, String)] = [(0, "990"), (9, "999"), (10, "989"), (55, "944"), (56, "100"), (149, "193")]

    @Test("authority codes are three digits no real authority uses", arguments: codes)
    func authorityCode(_ index: Int, _ code: String) {
        #expect(AuthorityProfile.code(index) == code)
    }

    @Test("150 authorities have different codes and names; the first is Westmoor")
    func uniqueAuthorities() {
        let profiles = (0..<150).map { AuthorityProfile(index: $0, seed: 7) }
        #expect(Set(profiles.map(\.code)).count == 150)
        #expect(Set(profiles.map(\.name)).count == 150)
        #expect(profiles.allSatisfy { $0.code.count == 3 && $0.code.allSatisfy(\.isNumber) })
        #expect(profiles[0].name == "Westmoor")
    }

    @Test("the file layout: three files per return, four tables, six supply and three programme files each, a README")
    func layout() {
        let paths = SyntheticFixture.region.files().map(\.path)
        #expect(paths.count == 1 + 6 * 3 + 4 + 6 + 3)
        #expect(paths.contains("990/2025/uasc.csv"))
        #expect(paths.contains("990/2020/header.csv"))
        #expect(paths.contains("990/2025/episodes.csv"))
        #expect(paths.contains("990/placement-costs.csv"))
        #expect(paths.contains("990/providers.csv"))
        #expect(paths.contains("990/expected-stock.csv"))
        #expect(paths.contains("990/budget.csv"))
        #expect(paths.contains("README.txt"))
        for supply in [
            "fostering/households.csv", "fostering/household-statuses.csv", "homes.csv", "recruitment-events.csv",
            "expected-vacancies.csv", "expected-funnel.csv",
        ] {
            #expect(paths.contains("990/" + supply), "\(supply)")
        }
        for programme in ["programmes/programmes.csv", "programmes/plans.csv", "programmes/plan-statuses.csv"] {
            #expect(paths.contains("990/" + programme), "\(programme)")
        }
    }

    @Test("the same seed twice writes identical bytes; another seed does not")
    func determinism() throws {
        let again = SyntheticRegion.generate(SyntheticFixture.settings)
        let first = try written(SyntheticFixture.region), second = try written(again)
        #expect(first.count == 32)
        #expect(first == second)
        var other = SyntheticFixture.settings
        other.seed = 8
        other.years = 1
        let different = SyntheticRegion.generate(other).files()
        let mine = SyntheticFixture.region.files()
        let sameName = "990/2025/episodes.csv"
        #expect(different.first { $0.path == sameName }?.text != mine.first { $0.path == sameName }?.text)
    }

    /// Writes the region to a fresh temporary folder and reads every file back (path relative to the folder).
    func written(_ region: SyntheticRegion) throws -> [String: Data] {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hearth-synthetic-\(UUID())").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let paths = try region.write(to: folder)
        #expect(paths == paths.sorted())
        var contents: [String: Data] = [:]
        for path in paths {
            contents[String(path.dropFirst(folder.count + 1))] = try Data(contentsOf: URL(fileURLWithPath: path))
        }
        return contents
    }

    @Test("writing where a file is in the way names the path")
    func unwritable() throws {
        let blocker = FileManager.default.temporaryDirectory.appendingPathComponent("hearth-blocker-\(UUID())").path
        try Data("x".utf8).write(to: URL(fileURLWithPath: blocker))
        defer { try? FileManager.default.removeItem(atPath: blocker) }
        #expect {
            _ = try SyntheticFixture.region.write(to: blocker + "/inside")
        } throws: { error in
            guard case .cannotWrite(let path, _) = error as? SyntheticError else { return false }
            return path.hasPrefix(blocker + "/inside/")
        }
    }
}
