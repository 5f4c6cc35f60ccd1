/// `exp` and `log` from nothing but IEEE arithmetic, so that the generator gives the same bits on Linux
/// and macOS: the platforms' maths libraries may differ in the last place, and one different bit would
/// change a random draw and so every file after it. Accurate to a few units in the last place over the
/// range the generator uses (results far into the subnormal range lose precision).
enum PortableMath {
    static let ln2 = 0.693_147_180_559_945_309_417_232_121_458_18
    // ln 2 split in two (as fdlibm does) so that n·ln2Hi is exact for the n that occur.
    static let ln2Hi = 6.931_471_803_691_238_164_90e-01
    static let ln2Lo = 1.908_214_929_270_587_700_02e-10

    /// e^x, by reducing x to r = x − n·ln 2 with |r| ≤ ln 2 / 2 and summing the Taylor series of e^r.
    static func exp(_ x: Double) -> Double {
        if x > 709 { return .infinity }
        if x < -745 { return 0 }
        let n = (x / ln2).rounded()
        let r = (x - n * ln2Hi) - n * ln2Lo
        var term = 1.0, sum = 1.0
        for k in 1...20 {
            term *= r / Double(k)
            sum += term
        }
        // Scale in two steps so that neither factor leaves the normal range.
        let half = Int(n) / 2
        return sum * power2(half) * power2(Int(n) - half)
    }

    /// Natural logarithm of a positive number: x = m·2^e with m in [√½, √2), then
    /// ln m = 2·atanh((m − 1)/(m + 1)) summed as an odd power series (the ratio is below 0.172).
    static func log(_ x: Double) -> Double {
        guard x > 0 else { return x == 0 ? -.infinity : .nan }
        var e = Int(x.exponent)
        var m = x.significand
        if m > 1.414_213_562_373_095_048_80 {
            m /= 2
            e += 1
        }
        let s = (m - 1) / (m + 1), s2 = s * s
        var power = s * s2, sum = 0.0
        for k in stride(from: 3, through: 41, by: 2) {
            sum += power / Double(k)
            power *= s2
        }
        return Double(e) * ln2Hi + (2 * s + (2 * sum + Double(e) * ln2Lo))
    }

    /// 2^n as an exact double (n within the normal exponent range).
    static func power2(_ n: Int) -> Double {
        Double(sign: .plus, exponent: n, significand: 1)
    }
}
