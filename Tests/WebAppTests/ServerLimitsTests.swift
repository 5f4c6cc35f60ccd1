import CareModel
import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import Storage
import Testing

@testable import WebApp

#if canImport(Glibc)
    import Glibc
#endif

/// The server's own limits, on a real socket (scaled down from the review's 20,000 idle connections):
/// connections past the cap are closed as they open, and a connection that sends nothing is closed after
/// the idle timeout.
@Suite("Connection cap and idle timeout", .serialized)
struct ServerLimitsTests {
    /// Serves a fresh database with `limits` on a free port and runs `body` with that port.
    static func withServer(_ limits: ServerLimits, _ body: @Sendable (Int) async throws -> Void) async throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("limits-\(UUID()).sqlite").path
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
        let store = try await HearthStore.open(.sqlite(path: path), logger: Logger(label: "test"))
        try await store.migrate()
        var app = HearthWebApp(store: store, today: { Day(iso: "2026-11-24")! })
        app.serverLimits = limits
        try await app.application(port: 0, logger: Logger(label: "test")).test(.live) { client in
            try await body(try #require(client.port))
        }
        try await store.shutdown()
    }

    @Test func connectionsPastTheCapAreClosedAndFreedPlacesAreReused() async throws {
        try await Self.withServer(ServerLimits(idleTimeout: 30, maximumConnections: 4)) { port in
            // The test framework's own client holds one connection, so three more are admitted.
            var held: [RawConnection] = []
            for _ in 1...6 {
                let connection = try RawConnection(port: port)
                if connection.isClosed(within: 0.5) { break }
                held.append(connection)
            }
            #expect(held.count == 3, "admitted \(held.count) besides the test client's; the cap is 4")
            try #require(!held.isEmpty)
            held[0].close()
            // The server frees the place once it sees the close, which on a busy machine (the whole suite
            // running on 2 cores) can take longer than a moment: try for up to 3 s, then it must have been taken.
            var admitted = false
            for _ in 1...10 where !admitted {
                try await Task.sleep(for: .milliseconds(300))
                admitted = !(try RawConnection(port: port)).isClosed(within: 0.3)
            }
            #expect(admitted, "a place freed is taken again")
        }
    }

    /// An upload trickling in (each byte well within the idle timeout) is refused once it falls behind the
    /// pace: here 1 s of grace and 64 bytes a second, scaled down from 30 s and 16 KB/s.
    @Test func aTricklingUploadIsRefused() async throws {
        let pace = UploadPace(graceSeconds: 1, minimumBytesPerSecond: 64)
        try await WebTestApp.run(live: true, configure: { $0.serverLimits.uploadPace = pace }) { client, _, _ in
            let finance = try await SignedInClient.signIn(client, as: "finance")
            let connection = try RawConnection(port: try #require(client.port))
            connection.send(
                "POST /data HTTP/1.1\r\nHost: localhost\r\nCookie: \(finance.headers[.cookie] ?? "")\r\n"
                    + "Content-Type: multipart/form-data; boundary=b\r\nContent-Length: 100000\r\n\r\n")
            var answer = ""
            for _ in 1...40 where answer.isEmpty {
                connection.send(String(repeating: "x", count: 8))  // 8 bytes every 0.2 s: 40 a second
                answer = connection.received(within: 0.2)
            }
            #expect(answer.hasPrefix("HTTP/1.1 408"), "\(answer.prefix(200))")
            #expect(answer.contains("The upload was too slow"))
        }
    }

    @Test(arguments: [
        (0, 0.0, true), (0, 30.0, true), (0, 30.1, false),  // any upload may take 30 s
        (16_384, 31.0, true), (16_384, 31.1, false),  // and 1 s more for every 16 KB
        (50 * 1_048_576, 3_230.0, true), (50 * 1_048_576, 3_231.0, false),  // 50 MB: 30 + 3,200 s
    ])
    func uploadPace(received: Int, elapsed: Double, allowed: Bool) {
        #expect(UploadPace().allows(received: received, elapsedSeconds: elapsed) == allowed)
    }

    @Test func aSilentConnectionIsClosedAfterTheIdleTimeout() async throws {
        try await Self.withServer(ServerLimits(idleTimeout: 1, maximumConnections: 10)) { port in
            let silent = try RawConnection(port: port)
            #expect(!silent.isClosed(within: 0.3))
            #expect(silent.isClosed(within: 4), "closed about a second after it went quiet")
        }
    }
}

/// A plain TCP connection to the server on this machine, sending nothing.
final class RawConnection: Sendable {
    let descriptor: Int32

    struct Refused: Error {}

    init(port: Int) throws {
        descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard connected == 0 else { throw Refused() }
    }

    /// Whether the server closes the connection within `seconds` (a read then finds the end).
    func isClosed(within seconds: Double) -> Bool {
        var entry = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        guard poll(&entry, 1, Int32(seconds * 1000)) > 0 else { return false }
        var byte: UInt8 = 0
        return recv(descriptor, &byte, 1, 0) <= 0
    }

    /// Sends `text` as it is.
    func send(_ text: String) {
        let bytes = Array(text.utf8)
        _ = bytes.withUnsafeBytes { Glibc.send(descriptor, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
    }

    /// What the server has sent within `seconds` (at most 64 KB), as text.
    func received(within seconds: Double) -> String {
        var entry = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        guard poll(&entry, 1, Int32(seconds * 1000)) > 0 else { return "" }
        var buffer = [UInt8](repeating: 0, count: 65_536)
        let count = recv(descriptor, &buffer, buffer.count, 0)
        return count > 0 ? String(decoding: buffer[..<count], as: UTF8.self) : ""
    }

    /// Ends the connection from this side (the descriptor itself is released once, in deinit).
    func close() {
        _ = shutdown(descriptor, Int32(SHUT_RDWR))
    }

    deinit { _ = Glibc.close(descriptor) }
}
