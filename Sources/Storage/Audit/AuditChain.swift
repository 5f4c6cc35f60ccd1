import Crypto
import Foundation

/// The audit log's hash chain: each row's hash covers its own fields and the hash of the row before it, so
/// changing, removing, inserting or reordering a row breaks the chain at that row (`AuditLog.verify()`).
///
/// The canonical row is the stored text of the columns in `columns`, in that order (the id as decimal
/// digits), each written as a netstring, `<length of its UTF-8 bytes in decimal>:<the bytes>,`, and a NULL
/// as the single character `~` (no netstring starts with `~`, so NULL and every text stay apart):
///
///     id 7, at 2026-01-02T03:04:05Z, username dana, action login, no child, detail "", ip_address 192.0.2.1
///     1:7,20:2026-01-02T03:04:05Z,4:dana,5:login,~~0:,9:192.0.2.1,
///
/// A row's hash is the lowercase hexadecimal SHA-256 of its previous hash (64 ASCII hexadecimal digits)
/// followed by its canonical row; the first row's previous hash is `genesis`, 64 zeros. SECURITY.md shows
/// how to check an export of the log (`hearth audit --format csv`) with Python alone.
public enum AuditChain {
    /// The previous hash of the first row: 64 zeros.
    public static let genesis = String(repeating: "0", count: 64)

    /// The `audit_log` columns a row's hash covers, in canonical order.
    public static let columns = [
        "id", "at", "username", "action", "child_authority", "child_id", "detail", "ip_address",
    ]

    /// The canonical bytes of a row's stored fields (in `columns` order; `nil` for NULL).
    public static func canonical(_ fields: [String?]) -> [UInt8] {
        var bytes: [UInt8] = []
        for field in fields {
            guard let field else {
                bytes.append(UInt8(ascii: "~"))
                continue
            }
            let utf8 = Array(field.utf8)
            bytes += Array(String(utf8.count).utf8)
            bytes.append(UInt8(ascii: ":"))
            bytes += utf8
            bytes.append(UInt8(ascii: ","))
        }
        return bytes
    }

    /// A row's hash: lowercase hexadecimal SHA-256 of `previous`'s ASCII digits followed by `canonical`.
    public static func hash(previous: String, canonical: [UInt8]) -> String {
        let digest = SHA256.hash(data: Array(previous.utf8) + canonical)
        let digits = Array("0123456789abcdef".utf8)
        var hex: [UInt8] = []
        hex.reserveCapacity(64)
        for byte in digest {
            hex.append(digits[Int(byte >> 4)])
            hex.append(digits[Int(byte & 0x0f)])
        }
        return String(decoding: hex, as: UTF8.self)
    }

    /// The stored fields of `entry` written as entry number `id`, in `columns` order.
    static func fields(of entry: AuditEntry, id: Int64) -> [String?] {
        [
            String(id), entry.time.ISO8601Format(), entry.username, entry.action.rawValue, entry.child?.authority,
            entry.child?.child, entry.detail, entry.ipAddress,
        ]
    }
}
