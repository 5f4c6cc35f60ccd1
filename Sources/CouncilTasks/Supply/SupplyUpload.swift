import CareModel
import Interchange

/// A supply register sent through the browser, read by the same readers as `hearth import households`,
/// `homes` and `recruitment`. Foster households may come with their statuses file in the same upload; the two
/// are told apart by their columns (a statuses file has `from` and `status`), not by their names, which people
/// change.
public enum SupplyUpload {
    /// Which register the files hold.
    public enum Register: Sendable {
        case households, homes, recruitment
    }

    /// Reads and checks the files. Rows with no `la` column belong to `authority`; when it is `nil` they wait
    /// under the readers' stand-in code for `SupplyImport` to give them the only authority in the store.
    ///
    /// - Throws: `FileReadFailure` with every problem, and for files that are not what the register needs
    ///   (no households file, or two of one kind).
    public static func read(_ files: [SentFile], as register: Register, authority: AuthorityCode?)
        throws(FileReadFailure) -> SupplyRegister
    {
        let fallback = authority ?? CostsImport.unnamed
        switch register {
        case .households:
            return .households(try households(files, defaultAuthority: fallback))
        case .homes:
            let file = try single(files, what: "a homes file")
            let reader = ChildrensHomeReader(defaultAuthority: fallback)
            return .homes(try reader.read(bytes: file.contents, file: file.name))
        case .recruitment:
            let file = try single(files, what: "a recruitment events file")
            let reader = RecruitmentEventReader(defaultAuthority: fallback)
            return .recruitment(try reader.read(bytes: file.contents, file: file.name))
        }
    }

    /// households.csv and, when sent, household-statuses.csv: exactly one households file, at most one of
    /// statuses.
    static func households(_ files: [SentFile], defaultAuthority: AuthorityCode) throws(FileReadFailure)
        -> [Household]
    {
        let statuses = files.filter(isStatuses), households = files.filter { !isStatuses($0) }
        var problems: [FileProblem] = []
        if households.isEmpty {
            problems.append(
                FileProblem(
                    file: files.map(\.name).joined(separator: ", "),
                    message: "no households file: send households.csv (household, kind, approved, places), "
                        + "with household-statuses.csv if you have one"))
        }
        problems += households.dropFirst().map {
            FileProblem(file: $0.name, message: "is a second households file: send one households.csv")
        }
        problems += statuses.dropFirst().map {
            FileProblem(file: $0.name, message: "is a second household statuses file: send one household-statuses.csv")
        }
        guard problems.isEmpty, let main = households.first else { throw FileReadFailure(problems: problems) }
        return try HouseholdRegisterReader(defaultAuthority: defaultAuthority).read(
            households: (name: main.name, bytes: main.contents),
            statuses: statuses.first.map { (name: $0.name, bytes: $0.contents) })
    }

    /// A household statuses file has `from` and `status` columns, which households.csv has not. Only the
    /// first line is read for this.
    static func isStatuses(_ file: SentFile) -> Bool {
        let firstLine = Array(file.contents.prefix { $0 != 0x0A && $0 != 0x0D })
        let columns = Set(CSVTable(bytes: firstLine).columns.map { $0.lowercased() })
        return columns.isSuperset(of: ["from", "status"])
    }

    /// The one file a homes or recruitment register comes in.
    static func single(_ files: [SentFile], what: String) throws(FileReadFailure) -> SentFile {
        guard let first = files.first, files.count == 1 else {
            let names = files.map(\.name).joined(separator: ", ")
            let problem = FileProblem(file: names, message: "send one file: \(what) is a single CSV file")
            throw FileReadFailure(problems: [problem])
        }
        return first
    }
}
