/// Unguessable random tokens for session cookies and forms: 256 bits from the system's secure generator,
/// written as 64 hexadecimal digits (safe in cookies, URLs and HTML without escaping).
enum SecretToken {
    static func make() -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<4).map { _ in
            let digits = String(generator.next() as UInt64, radix: 16)
            return String(repeating: "0", count: 16 - digits.count) + digits
        }.joined()
    }

    /// Compares in time that does not depend on where the strings first differ, so a token cannot be
    /// guessed a character at a time from response times.
    static func matches(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        guard x.count == y.count, !x.isEmpty else { return false }
        var difference: UInt8 = 0
        for i in x.indices { difference |= x[i] ^ y[i] }
        return difference == 0
    }
}
