import Hummingbird
import HummingbirdAuth
import NIOCore
import Storage

/// Who is signed in on this request: set by `AccessMiddleware` from the session cookie.
public struct SignedInUser: Sendable, Equatable {
    public var username: String
    public var role: Role
    /// The token this session's forms carry.
    public var csrfToken: String
    /// The hash of the session cookie's token, to end the session on sign-out.
    var tokenHash: String
}

/// The request context of Hearth's routes: the signed-in user (hummingbird-auth's `identity`), the
/// client's address for the audit log, and the form fields of a POST, read once by the middleware.
public struct HearthRequestContext: AuthRequestContext, RemoteAddressRequestContext {
    public var coreContext: CoreRequestContextStorage
    public var identity: SignedInUser?
    public let remoteAddress: SocketAddress?
    var form = FormFields()

    public init(source: ApplicationRequestContextSource) {
        self.coreContext = .init(source: source)
        self.remoteAddress = source.channel.remoteAddress
    }

    /// The client's IP address as the audit log records it ("" when unknown, as in tests).
    var ipAddress: String { remoteAddress?.ipAddress ?? "" }
}
