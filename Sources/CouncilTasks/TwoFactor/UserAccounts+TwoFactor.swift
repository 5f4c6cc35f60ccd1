import Storage

extension UserAccounts {
    /// Sets up (or sets up afresh) two-factor sign-in: a new secret and recovery codes, the old ones no
    /// longer work, and the account's sessions end. From now on the account's sign-in needs a code.
    public func setUpTwoFactor(for username: String, by actor: String) async throws -> TwoFactorEnrolment {
        let secret = TwoFactor.newSecret(), codes = TwoFactor.newRecoveryCodes()
        try await store.accounts.setTwoFactor(
            secret: secret, recoveryCodeHashes: codes.map(TwoFactor.recoveryHash), for: username)
        try await audit(actor, .twoFactorSetUp, username)
        return TwoFactorEnrolment(
            username: username, secret: secret, address: TwoFactor.address(secret: secret, username: username),
            typedKey: TwoFactor.typedKey(secret: secret), recoveryCodes: codes)
    }

    /// Lets the account sign in with its password alone again; refused for administrators, who must keep it.
    public func removeTwoFactor(for username: String, by actor: String) async throws {
        guard let account = try await store.accounts.account(named: username) else {
            throw AccountError.noSuchAccount(username)
        }
        guard account.role != .admin else { throw UserAccountError.adminNeedsTwoFactor }
        try await store.accounts.setTwoFactor(secret: nil, recoveryCodeHashes: [], for: username)
        try await audit(actor, .twoFactorRemoved, username)
    }
}
