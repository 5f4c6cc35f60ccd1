import CouncilTasks
import Foundation
import Testing

/// The authenticator's codes against RFC 6238's published test values, the key as typed, recovery codes.
@Suite struct TwoFactorTests {
    /// RFC 6238 appendix B, SHA-1 secret "12345678901234567890": 94287082 at 59 s, 07081804 at 1111111109 s,
    /// 14050471 at 1111111111 s; an app shows the last 6 digits. 59 s is step 1 (59 / 30, rounded down).
    @Test(arguments: [
        ("287082", 59.0, Int64(1)), ("081804", 1_111_111_109, 37_037_036), ("050471", 1_111_111_111, 37_037_037),
    ])
    func rfc6238Codes(code: String, seconds: Double, step: Int64) {
        let secret = "12345678901234567890"
        #expect(TwoFactor.matchingStep(of: code, secret: secret, at: Date(timeIntervalSince1970: seconds)) == step)
    }

    /// A code is good from one step before its own to one after (a phone's clock a little out), not beyond.
    @Test(arguments: [(30.0, true), (59.0, true), (89.0, true), (90.0, false), (29.0, true), (0.0, true)])
    func aStepEitherSide(seconds: Double, accepted: Bool) {
        // "287082" is step 1 (30–59 s); steps 0 (0–29 s) and 2 (60–89 s) accept it, step 3 (90 s) does not.
        let step = TwoFactor.matchingStep(
            of: "287 082", secret: "12345678901234567890", at: Date(timeIntervalSince1970: seconds))
        #expect((step == 1) == accepted)
    }

    @Test(arguments: ["", "28708", "2870822", "abcdef", "２８７０８２"])
    func notACode(typed: String) {
        #expect(
            TwoFactor.matchingStep(of: typed, secret: "12345678901234567890", at: Date(timeIntervalSince1970: 59))
                == nil)
    }

    /// RFC 4648's base32 of "12345678901234567890" is GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ, typed in fours.
    @Test func typedKeyIsBase32InFours() {
        #expect(TwoFactor.typedKey(secret: "12345678901234567890") == "GEZD GNBV GY3T QOJQ GEZD GNBV GY3T QOJQ")
    }

    @Test func newSecretsAndRecoveryCodesAreFreshAndWellFormed() {
        let secret = TwoFactor.newSecret()
        #expect(secret.count == 20 && secret.allSatisfy { "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".contains($0) })
        #expect(TwoFactor.newSecret() != secret)
        let codes = TwoFactor.newRecoveryCodes()
        #expect(codes.count == 10 && Set(codes).count == 10)
        #expect(codes.allSatisfy { $0.count == 11 && $0.dropFirst(5).first == "-" })
        #expect(TwoFactor.address(secret: secret, username: "dana").hasPrefix("otpauth://totp/Hearth:dana?secret="))
    }

    /// A recovery code is found however it is typed: case, spaces and the hyphen do not matter.
    @Test func recoveryCodesAsTyped() {
        let stored = TwoFactor.recoveryHash("k7m2p-x9rfa")
        #expect(TwoFactor.recoveryHash("K7M2P X9RFA") == stored)
        #expect(TwoFactor.recoveryHash("k7m2px9rfa") == stored)
        #expect(TwoFactor.recoveryHash("k7m2p-x9rfb") != stored)
    }
}
