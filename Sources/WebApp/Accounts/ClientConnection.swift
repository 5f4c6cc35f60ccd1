/// Who is at the other end of a request, as far as Hearth can trust: the client's address (audited and
/// used to count sign-in attempts), whether the browser's connection was https, and the host it asked for.
/// Behind a trusted proxy these come from its `X-Forwarded-*` headers; from anyone else those headers are
/// ignored, since any client can write them.
struct ClientConnection: Sendable, Equatable {
    var address = ""
    var isHTTPS = false
    /// The host (and port) the browser addressed, lowercased, without a default port: the origin a form of
    /// Hearth's own must come from.
    var host: String?
}
