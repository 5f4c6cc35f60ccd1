import HTTPTypes
import Hummingbird

/// Works out the request's `ClientConnection`: from the socket, or — only when the socket's peer is one of
/// `trustedProxies` — from the proxy's `X-Forwarded-For`, `X-Forwarded-Proto` and `X-Forwarded-Host`.
struct ForwardedHeadersMiddleware: RouterMiddleware {
    typealias Context = HearthRequestContext
    let trustedProxies: [AddressRange]

    /// More hops than any real chain of proxies; a longer header is read from its right-hand end only.
    static let maximumHops = 16

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response)
        async throws -> Response
    {
        var context = context
        context.client = client(of: request, peer: context.remoteAddress?.ipAddress ?? "")
        return try await next(request, context)
    }

    func client(of request: Request, peer: String) -> ClientConnection {
        let host = request.head.authority
        var client = ClientConnection(
            address: peer, isHTTPS: request.uri.scheme?.rawValue == "https", host: host.map(Self.normalised))
        guard isTrusted(peer) else { return client }
        client.address = clientAddress(forwardedFor: Self.values(.xForwardedFor, in: request), peer: peer)
        if Self.values(.xForwardedProto, in: request).last?.lowercased() == "https" { client.isHTTPS = true }
        if let forwardedHost = Self.values(.xForwardedHost, in: request).last {
            client.host = Self.normalised(forwardedHost)
        }
        return client
    }

    func isTrusted(_ address: String) -> Bool {
        trustedProxies.contains { $0.contains(address) }
    }

    /// The right-most address that is not a trusted proxy: each proxy appends the address it heard from,
    /// so everything left of the first untrusted hop could have been written by the client itself.
    func clientAddress(forwardedFor hops: [String], peer: String) -> String {
        var client = peer
        for hop in hops.reversed().prefix(Self.maximumHops) {
            guard AddressRange.bytes(of: hop) != nil else { break }
            client = hop
            if !isTrusted(hop) { break }
        }
        return client
    }

    /// Every comma-separated value of every `name` header, trimmed, in order.
    static func values(_ name: HTTPField.Name, in request: Request) -> [String] {
        request.headers[values: name].flatMap { $0.split(separator: ",") }
            .map { $0.trimmingCharacters(in: .whitespaces) }
    }

    /// Lowercased, without `:80` or `:443`, so `Hearth.example:443` and `https://hearth.example` agree.
    static func normalised(_ authority: String) -> String {
        var authority = authority.lowercased()
        for port in [":80", ":443"] where authority.hasSuffix(port) { authority.removeLast(port.count) }
        return authority
    }
}
