import Crypto
import Foundation
import HummingbirdOTP
import Interchange

/// Two-factor sign-in with an authenticator app: TOTP (RFC 6238) as every authenticator app speaks it —
/// 6 digits, 30-second steps, HMAC-SHA-1 — computed by hummingbird-auth's OTP support; and one-off recovery
/// codes for a lost phone.
public enum TwoFactor {
    /// Seconds each code lasts.
    public static let step = 30
    /// Codes of the step before and after now are accepted too, for a phone's clock a little out.
    static let tolerance: Int64 = 1
    /// RFC 4648's base32 alphabet: what authenticator apps take a key in.
    static let base32 = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".utf8)
    /// Recovery codes avoid letters and digits that are easily confused (0/o, 1/l/i).
    static let recoveryAlphabet = Array("abcdefghjkmnpqrstuvwxyz23456789")
    /// How many recovery codes each set-up gives.
    public static let recoveryCodeCount = 10

    /// A new secret: 20 characters of base32's alphabet (100 random bits), used as the HMAC key's bytes.
    public static func newSecret() -> String {
        var generator = SystemRandomNumberGenerator()
        return String(decoding: (0..<20).map { _ in base32.randomElement(using: &generator) ?? 65 }, as: UTF8.self)
    }

    /// The `otpauth://` address an authenticator app reads (from a QR code or a link on the phone).
    public static func address(secret: String, username: String) -> String {
        TOTP(secret: secret).createAuthenticatorURL(label: "Hearth:\(username)", issuer: "Hearth")
    }

    /// The key as typed into an app by hand: the secret's bytes in base32, in groups of four.
    public static func typedKey(secret: String) -> String {
        let encoded = Array(Base32.encode(Array(secret.utf8)))
        return stride(from: 0, to: encoded.count, by: 4).map { String(encoded[$0..<min($0 + 4, encoded.count)]) }
            .joined(separator: " ")
    }

    /// The step (30-second count since 1970) whose code `typed` is, within one step of `now`, or `nil`.
    /// Spaces in what was typed are ignored; anything but six digits matches nothing.
    public static func matchingStep(of typed: String, secret: String, at now: Date) -> Int64? {
        let digits = typed.filter { $0 != " " }
        guard digits.count == 6, digits.allSatisfy({ $0.isASCII && $0.isNumber }), let code = Int(digits) else {
            return nil
        }
        let current = Int64(now.timeIntervalSince1970) / Int64(step)
        let totp = TOTP(secret: secret)
        // No step before 1970: hummingbird-auth's TOTP traps on a negative time.
        for candidate in max(0, current - tolerance)...max(0, current + tolerance)
        where totp.compute(date: Date(timeIntervalSince1970: TimeInterval(candidate * Int64(step)))) == code {
            return candidate
        }
        return nil
    }

    /// New recovery codes: each two groups of five from `recoveryAlphabet` (about 49 bits), e.g. "k7m2p-x9rfa".
    public static func newRecoveryCodes() -> [String] {
        var generator = SystemRandomNumberGenerator()
        return (0..<recoveryCodeCount).map { _ in
            let letters = (0..<10).map { _ in recoveryAlphabet.randomElement(using: &generator) ?? "a" }
            return String(letters[0..<5]) + "-" + String(letters[5..<10])
        }
    }

    /// What is stored of a recovery code: the SHA-256 of its letters, lowercased, without spaces or hyphens,
    /// so "K7M2P X9RFA" as typed finds "k7m2p-x9rfa".
    public static func recoveryHash(_ code: String) -> String {
        SHA256.hex(code.lowercased().filter { $0 != " " && $0 != "-" })
    }
}
