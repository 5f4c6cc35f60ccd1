/// An account's authenticator secret and the last time step a code from it was accepted.
public struct TwoFactorSecret: Sendable, Equatable {
    /// The shared secret (the HMAC key's text, as the authenticator app was given it in base32).
    public var secret: String
    /// The 30-second step of the last code accepted; a code for it or an earlier one is refused.
    public var lastStep: Int64?

    public init(secret: String, lastStep: Int64? = nil) {
        self.secret = secret
        self.lastStep = lastStep
    }
}
