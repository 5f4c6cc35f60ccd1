import CouncilTasks
import Foundation
import HummingbirdBcrypt

/// The decoy bcrypt hashes sign-in checks for unknown usernames, one per cost, made on first use (making
/// one takes as long as checking a password, so it is not done per request).
final class DecoyHashes: @unchecked Sendable {
    static let shared = DecoyHashes()

    // Guarded by `lock`.
    private let lock = NSLock()
    private var hashes: [UInt8: String] = [:]

    func hash(cost: UInt8) -> String {
        lock.withLock {
            if let hash = hashes[cost] { return hash }
            let hash = Bcrypt.hash(SecretToken.make(), cost: cost)
            hashes[cost] = hash
            return hash
        }
    }
}
