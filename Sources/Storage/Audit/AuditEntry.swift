import CareModel
import Foundation

/// One line of the audit log: who did what, when, from where, and to which child if any.
public struct AuditEntry: Sendable, Equatable {
    public var time: Date
    /// Who acted: an account's username, or "cli:NAME" for the command line.
    public var username: String
    /// What happened.
    public var action: AuditAction
    /// The child whose record was viewed or changed, when there is one.
    public var child: ChildKey?
    public var detail: String
    /// The client's IP address for web actions; empty for the command line.
    public var ipAddress: String

    public init(
        time: Date, username: String, action: AuditAction, child: ChildKey? = nil, detail: String = "",
        ipAddress: String = ""
    ) {
        self.time = time
        self.username = Self.bounded(username, to: Self.maximumNameLength)
        self.action = action
        self.child = child.map {
            ChildKey(
                authority: Self.bounded($0.authority, to: Self.maximumNameLength),
                child: Self.bounded($0.child, to: Self.maximumNameLength))
        }
        self.detail = Self.bounded(detail, to: Self.maximumDetailLength)
        self.ipAddress = Self.bounded(ipAddress, to: Self.maximumNameLength)
    }

    /// The longest username, child ID, authority or address kept (usernames are at most 64 characters, so a
    /// longer one was typed by someone trying names, not a person signing in).
    public static let maximumNameLength = 100
    /// The longest detail kept.
    public static let maximumDetailLength = 1_000

    /// Every field is bounded before it reaches the log: an anonymous visitor must not be able to grow
    /// the append-only log by megabytes a request (the review saw 55 MB in 9 s of 63 KB usernames). A
    /// longer text keeps its start and says how long it was.
    static func bounded(_ text: String, to limit: Int) -> String {
        guard text.count > limit else { return text }
        return String(text.prefix(limit)) + "… (\(text.count) characters)"
    }
}
