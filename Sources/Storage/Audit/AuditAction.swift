/// What an audit entry records. The raw value is what the `audit_log` table stores and exports show.
public enum AuditAction: String, Sendable, CaseIterable, Codable {
    case login
    case loginFailed = "login-failed"
    /// The password was right and the account's two-factor code is awaited (a `login` follows it).
    case passwordAccepted = "password-accepted"
    case logout
    /// A page or API answer that lists children was seen.
    case viewPage = "view-page"
    /// One child's record was opened.
    case viewChild = "view-child"
    /// Child-level data left Hearth (a download or the pseudonymised export).
    case export
    case `import`
    /// An upload was refused (files with problems, a form to correct, an authority to enter or one outside the
    /// account's): nothing was saved. Kept apart from `import` as `loginFailed` is from `login`.
    case importRefused = "import-refused"
    /// An import was undone: the data put back as it was before it.
    case importUndone = "import-undone"
    case closeMonth = "close-month"
    case userAdded = "user-added"
    case passwordReset = "password-reset"
    case userDisabled = "user-disabled"
    case userEnabled = "user-enabled"
    /// The authorities an account may see were changed.
    case userScopeChanged = "user-scope-changed"
    /// Two-factor sign-in was set up (or set up afresh) for an account.
    case twoFactorSetUp = "two-factor-set-up"
    case twoFactorRemoved = "two-factor-removed"
    case tokenAdded = "token-added"
    case tokenRevoked = "token-revoked"
    /// A programme plan's status, target date or owner was changed.
    case planChanged = "plan-changed"
    /// A scenario was saved (or saved afresh under its name) or deleted.
    case scenarioSaved = "scenario-saved"
}
