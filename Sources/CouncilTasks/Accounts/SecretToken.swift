import Crypto
import Interchange

/// Unguessable random tokens for session cookies, forms and API tokens: 256 bits from swift-crypto's
/// secure key generator, written as 64 hexadecimal digits (safe in cookies, URLs and HTML without escaping).
public enum SecretToken {
    public static func make() -> String {
        SymmetricKey(size: .bits256).withUnsafeBytes { $0.hexDigits }
    }

    /// Compares in time that does not depend on where the strings first differ, so a token cannot be
    /// guessed a character at a time from response times.
    public static func matches(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        guard x.count == y.count, !x.isEmpty else { return false }
        var difference: UInt8 = 0
        for i in x.indices { difference |= x[i] ^ y[i] }
        return difference == 0
    }
}
