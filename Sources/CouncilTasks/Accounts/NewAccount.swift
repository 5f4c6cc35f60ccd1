import Storage

/// What adding an account gave it: the authorities it sees and, for an account that signs in with two
/// factors (every administrator), what its owner needs to set up the authenticator app.
public struct NewAccount: Sendable, Equatable {
    public var authorities: AuthorityScope
    public var twoFactor: TwoFactorEnrolment?
}
