/// Limits on the connections the server holds, so anonymous clients cannot exhaust it (the review held
/// 20,000 idle connections open and 3,000 slow-body ones for 36 s): a connection that sends nothing for
/// `idleTimeout` seconds is closed, and connections beyond `maximumConnections` are closed as they open.
/// `hearth serve --idle-timeout --max-connections` set them. An upload must also keep up a pace
/// (`uploadPace`), or it is refused with 408.
public struct ServerLimits: Sendable, Equatable {
    /// Seconds a connection may send nothing, mid-request or between requests, before it is closed.
    public var idleTimeout: Int
    /// Connections held at once; more are closed as soon as they open.
    public var maximumConnections: Int
    /// How slowly an upload may arrive (`UploadPace`): 30 s for any upload, then 16 KB/s on average.
    var uploadPace = UploadPace()

    public init(idleTimeout: Int = 30, maximumConnections: Int = 512) {
        self.idleTimeout = idleTimeout
        self.maximumConnections = maximumConnections
    }
}
