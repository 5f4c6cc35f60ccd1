import Hummingbird
import HummingbirdAuth
import NIOCore
import Storage

/// Who is signed in on this request: set by `AccessMiddleware` from the session cookie.
public struct SignedInUser: Sendable, Equatable {
    public var username: String
    public var role: Role
    /// The authorities the account may see.
    public var scope: AuthorityScope
    /// The token this session's forms carry.
    public var csrfToken: String
    /// The hash of the session cookie's token, to end the session on sign-out.
    var tokenHash: String
    /// The password was right; the authenticator code is still to come.
    var awaitingSecondFactor = false
}

/// The request context of Hearth's routes: the signed-in user (hummingbird-auth's `identity`), the
/// client's address for the audit log, and the form fields of a POST, read once by the middleware.
public struct HearthRequestContext: AuthRequestContext, RemoteAddressRequestContext {
    public var coreContext: CoreRequestContextStorage
    public var identity: SignedInUser?
    public let remoteAddress: SocketAddress?
    var form = FormFields()
    /// A session whose password was right but whose authenticator code has not been given: it is nobody's
    /// `identity` and opens only the code's page, which reads it here.
    var awaitingSecondFactor: SignedInUser?
    /// The database as this request's account may see it; set by `AccessMiddleware` (read it as `store`).
    var scopedStore: HearthStore?
    /// The client as far as it can be trusted; set by `ForwardedHeadersMiddleware`.
    var client = ClientConnection()

    public init(source: ApplicationRequestContextSource) {
        self.coreContext = .init(source: source)
        self.remoteAddress = source.channel.remoteAddress
        self.client.address = remoteAddress?.ipAddress ?? ""
    }

    /// The database narrowed to the account's authorities: what every page, download, API answer and upload
    /// reads and writes. Only `AccessMiddleware` sets it; a route it has not seen has no data at all.
    var store: HearthStore {
        get throws {
            guard let scopedStore else { throw HTTPError(.internalServerError) }
            return scopedStore
        }
    }

    /// The client's IP address as the audit log records it ("" when unknown, as in tests): the socket's
    /// peer, or what a trusted proxy says.
    var ipAddress: String { client.address }
}
