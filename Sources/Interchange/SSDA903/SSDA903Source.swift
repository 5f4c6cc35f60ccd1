import CareModel
import Foundation

/// One file to read, with what its name and folders say about it.
struct SSDA903Source: Sendable, Equatable {
    /// The path as the person gave it (or the folder they gave joined with the file's place in it).
    var path: String
    /// Named on the command line rather than found in a folder: a file that is not SSDA903 is then an error.
    var isExplicit: Bool
    /// The year the return ends, from a 4-digit year in the file name or a folder name. `nil` leaves it to
    /// the file's own dates (`SSDA903ExtractBuilder.settleReturnYear`).
    var returnYear: Int?
    /// The authority from the nearest folder named like a DfE LA code ("879", "E10000002").
    var folderAuthority: AuthorityCode?
    /// Sent through the browser, known only by its name (`init(sentName:)`): it has no folders to say anything.
    var isSent = false

    var isXML: Bool { path.lowercased().hasSuffix(".xml") }

    init(path: String, isExplicit: Bool) {
        self.path = path
        self.isExplicit = isExplicit
        let absolute = URL(fileURLWithPath: path).standardizedFileURL.pathComponents
        let fileName = (absolute.last ?? path) as NSString
        let folders = absolute.dropLast().reversed()
        returnYear =
            Self.returnYear(in: fileName.deletingPathExtension)
            ?? folders.lazy.compactMap { Self.returnYear(in: $0) }.first
        folderAuthority = folders.first(where: Self.isAuthorityCode)
    }

    /// What a path given to the reader turned out to be: a file to read, or a problem (kept in the
    /// order the paths were given, so problems are reported in that order too).
    enum Found {
        case file(SSDA903Source)
        case problem(FileProblem)
    }

    /// Expands folders (recursively, `.csv` and `.xml` files, hidden files skipped, sorted by path) and
    /// drops repeats, reporting paths that do not exist and folders with nothing to read.
    static func discover(_ paths: [String]) -> [Found] {
        var found: [Found] = []
        var seen = Set<String>()
        for path in paths {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
                found.append(.problem(FileProblem(file: path, message: "no such file or folder")))
                continue
            }
            let files = isFolder.boolValue ? filesInFolder(path) : [SSDA903Source(path: path, isExplicit: true)]
            if files.isEmpty {
                found.append(.problem(FileProblem(file: path, message: "folder holds no .csv or .xml files")))
            }
            for source in files where seen.insert(URL(fileURLWithPath: source.path).standardizedFileURL.path).inserted {
                found.append(.file(source))
            }
        }
        return found
    }

    private static func filesInFolder(_ folder: String) -> [SSDA903Source] {
        let relative = (FileManager.default.enumerator(atPath: folder)?.allObjects as? [String]) ?? []
        let wanted = relative.filter { name in
            let lower = name.lowercased()
            return (lower.hasSuffix(".csv") || lower.hasSuffix(".xml"))
                && !name.split(separator: "/").contains { $0.hasPrefix(".") }
        }
        return wanted.sorted().map { name in
            let path = folder.hasSuffix("/") ? folder + name : folder + "/" + name
            return SSDA903Source(path: path, isExplicit: false)
        }
    }

    /// A return year in a name: the first run of exactly four digits from 2000 to 2099. Returns are
    /// named by the year they end, but "2024-25" and "2024-2025" style names start with the year the
    /// return began, so a following "-25" or "-2025" (or with "_") that is the next year moves it on.
    static func returnYear(in name: String) -> Int? {
        let bytes = Array(name.utf8)
        var i = 0
        while i < bytes.count {
            let run = digitRun(bytes, from: i)
            defer { i = max(run.end, i + 1) }
            guard run.end - run.start == 4, let year = number(bytes[run.start..<run.end]),
                (2000...2099).contains(year)
            else { continue }
            let separated =
                run.end + 1 < bytes.count && [UInt8(ascii: "-"), UInt8(ascii: "_")].contains(bytes[run.end])
            guard separated else { return year }
            let next = digitRun(bytes, from: run.end + 1)
            let following = number(bytes[next.start..<next.end])
            let endsNextYear =
                (next.end - next.start == 2 && following == (year + 1) % 100)
                || (next.end - next.start == 4 && following == year + 1)
            return endsNextYear ? year + 1 : year
        }
        return nil
    }

    private static func number(_ digits: ArraySlice<UInt8>) -> Int? {
        digits.isEmpty ? nil : Int(String(decoding: digits, as: UTF8.self))
    }

    /// The run of ASCII digits starting at `from` (empty when `from` is not a digit).
    private static func digitRun(_ bytes: [UInt8], from: Int) -> (start: Int, end: Int) {
        var end = from
        while end < bytes.count, bytes[end] >= 48, bytes[end] <= 57 { end += 1 }
        return (from, end)
    }

    /// A DfE local authority number ("879") or an ONS/GSS code for an authority ("E10000002").
    static func isAuthorityCode(_ name: String) -> Bool {
        let chars = Array(name.utf8)
        let isDigit: (UInt8) -> Bool = { $0 >= 48 && $0 <= 57 }
        if chars.count == 3 { return chars.allSatisfy(isDigit) }
        return chars.count == 9 && chars[0] == UInt8(ascii: "E") && chars.dropFirst().allSatisfy(isDigit)
    }
}
