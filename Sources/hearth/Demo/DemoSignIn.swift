import CouncilTasks

/// How to sign in to the demo: the `demo` administrator's password, and its two-factor key and recovery
/// codes (one code is enough to try Hearth without an authenticator app).
struct DemoSignIn {
    var password: String
    var enrolment: TwoFactorEnrolment

    var lines: [String] {
        [
            "Sign in as demo with password \(password).",
            "Administrators sign in with two factors: give a code from an authenticator app holding the key "
                + "\(enrolment.typedKey), or one of these one-off recovery codes: "
                + enrolment.recoveryCodes.prefix(3).joined(separator: ", ") + ".",
        ]
    }
}
