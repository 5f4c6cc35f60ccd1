import Foundation

/// Reads a whole file for the costs and budget readers, which take small files (a few thousand rows).
enum FileBytes {
    /// The file's bytes, or a problem naming it when it cannot be read.
    static func read(_ path: String) -> Result<[UInt8], FileProblem> {
        guard let data = FileManager.default.contents(atPath: path) else {
            let exists = FileManager.default.fileExists(atPath: path)
            return .failure(FileProblem(file: path, message: exists ? "cannot be read" : "no such file"))
        }
        return .success([UInt8](data))
    }
}
