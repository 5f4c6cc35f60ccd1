/// What a person needs once, when two-factor sign-in is set up for their account: shown then and never
/// again (Hearth keeps the secret to check codes, and only hashes of the recovery codes).
public struct TwoFactorEnrolment: Sendable, Equatable {
    public var username: String
    /// The shared secret (kept by Hearth to check codes).
    public var secret: String
    /// The `otpauth://` address for an authenticator app.
    public var address: String
    /// The key to type into an authenticator app by hand.
    public var typedKey: String
    /// One-off codes for signing in without the phone.
    public var recoveryCodes: [String]

    /// The lines to print for the person: how to add the key, and the recovery codes.
    public var instructions: [String] {
        [
            "Two-factor sign-in for \(username): add this key to an authenticator app (type it, or open the link on the phone):",
            "  key:  \(typedKey)",
            "  link: \(address)",
            "Recovery codes, each usable once if the phone is lost (keep them somewhere safe; they are not shown again):",
        ] + recoveryCodes.map { "  \($0)" }
    }
}
