import Testing

@testable import CouncilTasks

/// The password rules, including the review's two weak passwords that were accepted.
@Suite("Password policy")
struct PasswordPolicyTests {
    @Test(arguments: [
        ("password1234", "dana", UserAccountError.passwordTooCommon),  // the review's case
        ("           x", "dana", .passwordTooSimple),  // the review's case: 11 spaces and an x
        ("            ", "dana", .passwordTooSimple),  // only white space
        ("aaaaaaaaaaaaaaaa", "dana", .passwordTooSimple),  // one character
        ("abababababab", "dana", .passwordTooSimple),  // 2 different characters < 5
        ("Password1234!", "dana", .passwordTooCommon),  // letters "password", digits and ! dropped
        ("Summer2024!!", "dana", .passwordTooCommon),
        ("qwertyuiop12", "dana", .passwordTooCommon),
        ("P@ssw0rd1234", "dana", .passwordTooCommon),  // look-alikes read as letters: "password"
        ("1q2w3e4r5t6y", "dana", .passwordTooCommon),  // a keyboard run
        ("123456789012", "dana", .passwordTooCommon),
        ("dana's long phrase", "dana", .passwordHasUsername),
        ("short", "dana", .passwordTooShort),
    ])
    func refused(password: String, username: String, problem: UserAccountError) {
        #expect(PasswordPolicy.problem(password, username: username) == problem)
    }

    @Test(arguments: ["correct horse battery staple", "twelve chars", "a long pass phrase", "Hearth is 4 the kids"])
    func accepted(password: String) {
        #expect(PasswordPolicy.problem(password, username: "dana") == nil)
    }

    /// What a password is a variant of: its stem as typed, and with look-alike characters read as letters.
    @Test(
        arguments: [
            ("summer2024!!", ["summer"]), ("p@ssw0rd1234", ["pssw0rd", "password"]),
            ("qwertyuiop12", ["qwertyuiop"]), ("1q2w3e4r5t6y", ["1q2w3e4r5t6y", "iqweearsty"]),
        ] as [(String, Set<String>)])
    func candidates(lower: String, expected: Set<String>) {
        #expect(PasswordPolicy.candidates(of: lower) == expected)
    }
}
