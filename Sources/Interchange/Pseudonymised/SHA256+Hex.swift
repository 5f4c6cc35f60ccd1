import Crypto

extension SHA256 {
    /// The digest of `text`'s UTF-8 bytes as 64 lowercase hexadecimal digits: the pseudonymised export's
    /// salted child IDs, and the hashes stored instead of session cookies and API tokens, so a copy of the
    /// database holds no live credential.
    public static func hex(_ text: String) -> String {
        hex(bytes: Array(text.utf8))
    }

    /// The digest of `bytes` as 64 lowercase hexadecimal digits.
    public static func hex(bytes: [UInt8]) -> String {
        hash(data: bytes).hexDigits
    }
}

extension Sequence<UInt8> {
    /// Two lowercase hexadecimal digits a byte.
    public var hexDigits: String {
        let digits = Array("0123456789abcdef".utf8)
        var out: [UInt8] = []
        for byte in self {
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 0x0f)])
        }
        return String(decoding: out, as: UTF8.self)
    }
}
