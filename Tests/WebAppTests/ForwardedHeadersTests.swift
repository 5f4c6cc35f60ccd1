import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing

@testable import WebApp

/// `--trusted-proxy`: only a trusted proxy's `X-Forwarded-*` headers are believed; and form posts from
/// another origin are refused.
@Suite struct ForwardedHeadersTests {
    static let loopback = [AddressRange(cidr: "127.0.0.1/32"), AddressRange(cidr: "::1")].compactMap { $0 }

    @Test(arguments: [
        ("10.0.0.0/8", "10.200.3.4", true), ("10.0.0.0/8", "11.0.0.1", false), ("10.0.0.0/8", "::ffff:10.0.0.2", true),
        ("192.168.1.128/25", "192.168.1.200", true), ("192.168.1.128/25", "192.168.1.127", false),
        ("2001:db8::/32", "2001:db8:ffff::1", true), ("2001:db8::/32", "2001:db9::1", false),
        ("203.0.113.9", "203.0.113.9", true), ("203.0.113.9", "203.0.113.10", false),
        ("0.0.0.0/0", "198.51.100.1", true), ("0.0.0.0/0", "::1", false), ("10.0.0.0/8", "10.0.0.1:80", false),
    ])
    func rangesContainTheirAddresses(cidr: String, address: String, contained: Bool) throws {
        let range = try #require(AddressRange(cidr: cidr))
        #expect(range.contains(address) == contained)
    }

    @Test(arguments: ["", "10.0.0.0/33", "10.0.0/8", "::1/129", "host.example", "10.0.0.0/8/8", "10.0.0.0/-1"])
    func notARange(cidr: String) {
        #expect(AddressRange(cidr: cidr) == nil)
    }

    static func request(_ fields: HTTPFields) -> Request {
        Request(
            head: HTTPRequest(
                method: .get, scheme: "http", authority: "Hearth.example:80", path: "/", headerFields: fields),
            body: RequestBody(buffer: ByteBuffer()))
    }

    /// (peer, X-Forwarded-For, X-Forwarded-Proto) → (audited address, over https) with 10.0.0.0/8 trusted.
    @Test(arguments: [
        ("203.0.113.5", "198.51.100.7", "https", "203.0.113.5", false),  // not a proxy: headers ignored
        ("10.0.0.2", "198.51.100.7", "https", "198.51.100.7", true),
        ("10.0.0.2", "6.6.6.6, 198.51.100.7, 10.0.0.9", "http", "198.51.100.7", false),  // left part is the client's
        ("10.0.0.2", "not an address", "https", "10.0.0.2", true),
        ("10.0.0.2", "", "", "10.0.0.2", false),
    ])
    func clientBehindProxies(peer: String, forwardedFor: String, proto: String, address: String, https: Bool) throws {
        let middleware = ForwardedHeadersMiddleware(trustedProxies: [try #require(AddressRange(cidr: "10.0.0.0/8"))])
        var fields = HTTPFields()
        if !forwardedFor.isEmpty { fields[.xForwardedFor] = forwardedFor }
        if !proto.isEmpty { fields[.xForwardedProto] = proto }
        let client = middleware.client(of: Self.request(fields), peer: peer)
        #expect(client == ClientConnection(address: address, isHTTPS: https, host: "hearth.example"))
    }

    /// The audit log records the client a trusted proxy names, and the socket's peer otherwise.
    @Test(arguments: [true, false])
    func auditedAddress(trusted: Bool) async throws {
        try await WebTestApp.run(live: true, configure: { if trusted { $0.trustedProxies = Self.loopback } }) {
            client, _, store in
            let form = try await client.execute(uri: "/login", method: .get)
            let cookie = cookieValue(SessionPolicy.signInCookie, in: form) ?? ""
            let body = formBody([
                "csrf_token": hiddenToken(in: String(buffer: form.body)) ?? "", "username": "finance",
                "password": WebTestApp.password, "next": "/",
            ])
            let response = try await client.execute(
                uri: "/login", method: .post,
                headers: [
                    .cookie: "\(SessionPolicy.signInCookie)=\(cookie)", .xForwardedFor: "198.51.100.7",
                    .contentType: "application/x-www-form-urlencoded",
                ], body: ByteBuffer(string: body))
            #expect(response.status == .seeOther)
            let audited = try await store.audit.entries().last?.ipAddress
            #expect(audited == (trusted ? "198.51.100.7" : "127.0.0.1"))
        }
    }

    /// A form posted from another site (the test client addresses "localhost") is refused before its token is even read; from Hearth's own origin
    /// (or from a program that sends no Origin) it goes through.
    @Test(arguments: [
        ([HTTPField.Name.origin: "http://evil.example"], HTTPResponse.Status.forbidden),
        ([.origin: "null"], .forbidden),
        ([.secFetchSite: "cross-site"], .forbidden),
        ([.secFetchSite: "same-site"], .forbidden),
        ([.origin: "http://localhost", .secFetchSite: "same-origin"], .seeOther),
        ([.origin: "https://LOCALHOST:443"], .seeOther),
        ([:], .seeOther),
    ])
    func formsFromAnotherOriginAreRefused(headers: [HTTPField.Name: String], status: HTTPResponse.Status) async throws {
        try await WebTestApp.run { client, _, _ in
            let browser = try await SignedInClient.signIn(client, as: "admin")
            var fields: HTTPFields = browser.headers
            fields[.contentType] = "application/x-www-form-urlencoded"
            for (name, value) in headers { fields[name] = value }
            let response = try await client.execute(
                uri: "/logout", method: .post, headers: fields,
                body: ByteBuffer(string: formBody(["csrf_token": browser.csrfToken])))
            #expect(response.status == status)
            if status == .forbidden { #expect(String(buffer: response.body).contains("another website")) }
        }
    }
}
