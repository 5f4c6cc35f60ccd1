import HTTPTypes
import Hummingbird

extension AccessMiddleware {
    /// Whether a form post came from one of Hearth's own pages, as the browser tells it: a cross-site or
    /// same-site (another subdomain) `Sec-Fetch-Site` is refused, and so is an `Origin` whose host is not the
    /// one the request was sent to. Programs that send neither (the command line's clients, tests) rely on
    /// the form token alone, which they must still have.
    static func isFromOwnOrigin(_ request: Request, client: ClientConnection) -> Bool {
        if let site = request.headers[.secFetchSite]?.lowercased(), site == "cross-site" || site == "same-site" {
            return false
        }
        guard let origin = request.headers[.origin] else { return true }
        guard let host = client.host, let originHost = authority(ofOrigin: origin) else { return false }
        return originHost == host
    }

    /// `https://host:port` → `host:port`, normalised as `ForwardedHeadersMiddleware` normalises hosts; `nil`
    /// for `null` and anything that is not an http(s) origin.
    static func authority(ofOrigin origin: String) -> String? {
        let lowered = origin.lowercased()
        for scheme in ["https://", "http://"] where lowered.hasPrefix(scheme) {
            let authority = String(lowered.dropFirst(scheme.count))
            guard !authority.isEmpty, !authority.contains("/") else { return nil }
            return ForwardedHeadersMiddleware.normalised(authority)
        }
        return nil
    }
}
