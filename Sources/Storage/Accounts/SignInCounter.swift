/// Whose sign-in attempts a count is kept for: everything tried from one client address, or one username
/// tried from one address — so a stranger's guesses lock the stranger out, never the colleague whose
/// username they typed.
public enum SignInCounter: Sendable, Hashable {
    case address(String)
    case accountAtAddress(username: String, address: String)

    /// The row's key in `sign_in_attempts`.
    var key: (scope: String, username: String, address: String) {
        switch self {
        case .address(let address): ("address", "", address)
        case .accountAtAddress(let username, let address): ("account", username, address)
        }
    }
}
