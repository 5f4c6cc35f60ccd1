/// Limits on the connections the server holds, so anonymous clients cannot exhaust it (the review held
/// 20,000 idle connections open and 3,000 slow-body ones for 36 s): a connection that sends nothing for
/// `idleTimeout` seconds is closed, and connections beyond `maximumConnections` are closed as they open.
/// `hearth serve --idle-timeout --max-connections` set them.
public struct ServerLimits: Sendable, Equatable {
    /// Seconds a connection may send nothing, mid-request or between requests, before it is closed.
    public var idleTimeout: Int
    /// Connections held at once; more are closed as soon as they open.
    public var maximumConnections: Int

    public init(idleTimeout: Int = 30, maximumConnections: Int = 512) {
        self.idleTimeout = idleTimeout
        self.maximumConnections = maximumConnections
    }
}
