import HTTPTypes

/// Header names Hearth sets or reads that HTTPTypes does not name itself, spelled once (each a valid token,
/// so the unwrap cannot fail).
extension HTTPField.Name {
    static let xFrameOptions = Self("X-Frame-Options")!
    static let xContentTypeOptions = Self("X-Content-Type-Options")!
    static let referrerPolicy = Self("Referrer-Policy")!
    static let permissionsPolicy = Self("Permissions-Policy")!
    /// Set by a TLS proxy in front of Hearth: whether the browser's connection was https.
    static let xForwardedProto = Self("X-Forwarded-Proto")!
    /// Set by a proxy: the addresses the request passed through, the client's first.
    static let xForwardedFor = Self("X-Forwarded-For")!
    /// Set by a proxy: the host the browser asked for.
    static let xForwardedHost = Self("X-Forwarded-Host")!
    /// Set by browsers: whether a request came from the same origin, the same site or another site.
    static let secFetchSite = Self("Sec-Fetch-Site")!
}
