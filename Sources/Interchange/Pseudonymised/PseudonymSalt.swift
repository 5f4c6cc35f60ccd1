import CareModel
import Crypto
import Foundation

/// The secret that turns child IDs into pseudonyms. Kept in a file on the council's server and never
/// shared with the people who receive the export: with it, anyone could hash every known ID and match.
/// The same salt always gives the same pseudonyms, so a regional hub given the same salt by each council
/// (or one council exporting every month) can link a child's rows across extracts.
public struct PseudonymSalt: Sendable, Equatable {
    /// The shortest salt accepted: 16 bytes (128 bits), too many to guess.
    public static let minimumBytes = 16

    public let bytes: [UInt8]

    /// Throws `PseudonymSaltError.tooShort` for fewer than `minimumBytes` bytes.
    public init(bytes: [UInt8], source: String = "the salt") throws(PseudonymSaltError) {
        guard bytes.count >= Self.minimumBytes else { throw .tooShort(source: source, bytes: bytes.count) }
        self.bytes = bytes
    }

    /// Reads the salt from a file. Trailing line endings and spaces are not part of the salt, so a file
    /// written by `echo`, `openssl rand -hex 32 >` or an editor gives the same pseudonyms as one without.
    public static func read(file path: String) throws(PseudonymSaltError) -> PseudonymSalt {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw .unreadable(path: path, reason: (error as NSError).localizedDescription)
        }
        var bytes = Array(data)
        while let last = bytes.last, [0x0A, 0x0D, 0x20, 0x09].contains(last) { bytes.removeLast() }
        return try PseudonymSalt(bytes: bytes, source: path)
    }

    /// The child's pseudonym: SHA-256, in lowercase hex, of the salt followed by "AUTHORITY/CHILD". The
    /// authority is part of it because child IDs are unique only within their council.
    public func pseudonym(for key: ChildKey) -> String {
        SHA256.hex(bytes: bytes + Array("\(key.authority)/\(key.child)".utf8))
    }
}

/// Why a salt cannot be used, naming the file and the rule.
public enum PseudonymSaltError: Error, CustomStringConvertible, Sendable, Equatable {
    case unreadable(path: String, reason: String)
    case tooShort(source: String, bytes: Int)

    public var description: String {
        switch self {
        case .unreadable(let path, let reason):
            "Cannot read the salt file \(path): \(reason)"
        case .tooShort(let source, let bytes):
            "\(source): the salt is \(bytes) bytes long; it must be at least \(PseudonymSalt.minimumBytes) "
                + "(make one with: openssl rand -hex 32 > salt.txt, and keep it secret)."
        }
    }
}
