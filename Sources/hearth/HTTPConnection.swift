import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

#if canImport(Glibc)
private let streamSocket = Int32(SOCK_STREAM.rawValue)
private let noSignal = Int32(MSG_NOSIGNAL)
#else
private let streamSocket = SOCK_STREAM
private let noSignal: Int32 = 0
#endif

// The system's close and send, for inside a type whose own `close()` and `send(…)` hide them.
private func closeDescriptor(_ fd: Int32) {
    _ = close(fd)
}

private func sendBytes(_ fd: Int32, _ bytes: UnsafeRawBufferPointer) -> Int {
    send(fd, bytes.baseAddress, bytes.count, noSignal)
}

/// One keep-alive HTTP/1.1 connection to an IPv4 address, with blocking calls: enough for `hearth bench
/// web` to time requests on loopback without another dependency. It reopens itself after a failure.
final class HTTPConnection {
    struct Reply {
        var status: Int
        var headers: [(name: String, value: String)]
        var body: [UInt8]

        func values(_ name: String) -> [String] {
            headers.filter { $0.name.caseInsensitiveCompare(name) == .orderedSame }.map(\.value)
        }
        var text: String { String(decoding: body, as: UTF8.self) }
    }

    enum Failure: Error, CustomStringConvertible {
        case connect(String), closed, malformed(String)

        var description: String {
            switch self {
            case .connect(let why): "cannot connect: \(why)"
            case .closed: "the server closed the connection"
            case .malformed(let what): "malformed reply: \(what)"
            }
        }
    }

    let host: String
    let port: Int
    private var descriptor: Int32 = -1
    private var buffer: [UInt8] = []

    init(host: String, port: Int) {
        self.host = host == "localhost" ? "127.0.0.1" : host
        self.port = port
    }

    deinit { close() }

    /// Sends one request and reads its reply; on any failure the connection is closed, to be reopened
    /// by the next request.
    func send(_ method: String, _ path: String, headers: [(String, String)] = [], body: [UInt8] = []) throws -> Reply {
        do {
            if descriptor < 0 { try open() }
            var head = "\(method) \(path) HTTP/1.1\r\nHost: \(host):\(port)\r\nContent-Length: \(body.count)\r\n"
            for (name, value) in headers { head += "\(name): \(value)\r\n" }
            try write(Array((head + "\r\n").utf8) + body)
            return try readReply()
        } catch {
            close()
            throw error
        }
    }

    private func open() throws {
        let fd = socket(AF_INET, streamSocket, 0)
        guard fd >= 0 else { throw Failure.connect(String(cString: strerror(errno))) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        guard inet_pton(AF_INET, host, &address.sin_addr) == 1 else {
            closeDescriptor(fd)
            throw Failure.connect("\(host) is not an IPv4 address")
        }
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else {
            let why = String(cString: strerror(errno))
            closeDescriptor(fd)
            throw Failure.connect(why)
        }
        // No Nagle delay on small requests, and a stuck server is an error after 10 s, not a hang.
        var one: Int32 = 1
        setsockopt(fd, Int32(IPPROTO_TCP), TCP_NODELAY, &one, socklen_t(MemoryLayout<Int32>.size))
        var timeout = timeval(tv_sec: 10, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        descriptor = fd
        buffer.removeAll(keepingCapacity: true)
    }

    func close() {
        if descriptor >= 0 { closeDescriptor(descriptor) }
        descriptor = -1
    }

    private func write(_ bytes: [UInt8]) throws {
        var sent = 0
        while sent < bytes.count {
            let n = bytes[sent...].withUnsafeBytes { sendBytes(descriptor, $0) }
            guard n > 0 else { throw Failure.closed }
            sent += n
        }
    }

    /// Reads more bytes into the buffer; false at the end of the stream.
    private func receive() throws -> Bool {
        var chunk = [UInt8](repeating: 0, count: 65536)
        let n = chunk.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, $0.count, 0) }
        if n < 0 { throw Failure.connect(String(cString: strerror(errno))) }
        buffer.append(contentsOf: chunk[..<n])
        return n > 0
    }

    private func readReply() throws -> Reply {
        let separator: [UInt8] = Array("\r\n\r\n".utf8)
        var headEnd: Int?
        while headEnd == nil {
            headEnd = buffer.firstRange(of: separator)?.lowerBound
            if headEnd == nil { guard try receive() else { throw Failure.closed } }
        }
        let lines = String(decoding: buffer[..<headEnd!], as: UTF8.self).components(separatedBy: "\r\n")
        buffer.removeFirst(headEnd! + separator.count)
        let statusParts = lines[0].split(separator: " ")
        guard statusParts.count >= 2, let status = Int(statusParts[1]) else { throw Failure.malformed(lines[0]) }
        let headers = lines.dropFirst().compactMap { line -> (name: String, value: String)? in
            guard let colon = line.firstIndex(of: ":") else { return nil }
            return (String(line[..<colon]), line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces))
        }
        var reply = Reply(status: status, headers: headers, body: [])
        if reply.values("Transfer-Encoding").contains(where: { $0.lowercased().contains("chunked") }) {
            reply.body = try readChunkedBody()
        } else {
            reply.body = try take(Int(reply.values("Content-Length").first ?? "0") ?? 0)
        }
        return reply
    }

    private func take(_ count: Int) throws -> [UInt8] {
        while buffer.count < count { guard try receive() else { throw Failure.closed } }
        defer { buffer.removeFirst(count) }
        return Array(buffer[..<count])
    }

    private func readLine() throws -> String {
        while true {
            if let end = buffer.firstRange(of: Array("\r\n".utf8)) {
                defer { buffer.removeFirst(end.upperBound) }
                return String(decoding: buffer[..<end.lowerBound], as: UTF8.self)
            }
            guard try receive() else { throw Failure.closed }
        }
    }

    private func readChunkedBody() throws -> [UInt8] {
        var body: [UInt8] = []
        while true {
            let sizeText = try readLine().split(separator: ";").first.map(String.init) ?? ""
            guard let size = Int(sizeText.trimmingCharacters(in: .whitespaces), radix: 16) else {
                throw Failure.malformed("chunk size \(sizeText)")
            }
            if size == 0 {
                while try !readLine().isEmpty {}   // trailers, then the blank line
                return body
            }
            body += try take(size)
            _ = try readLine()
        }
    }
}
