import MultipartKit
import NIOCore

/// A `multipart/form-data` body (RFC 7578), as browsers send a form with file inputs, read chunk by chunk
/// as it arrives through multipart-kit's streaming parser: each file is held once, never the whole body
/// beside its parts. Each part has the field's name, the file's name for file inputs, and its bytes
/// exactly as sent.
///
/// Strict on purpose: every part has a `Content-Disposition: form-data` header with a name, headers are
/// bounded, and the body must reach its closing boundary. Anything else is refused rather than guessed at,
/// so a truncated upload can never be imported as a shorter file.
final class MultipartReader {
    struct Part: Sendable, Equatable {
        var name: String
        /// Present for file inputs (empty when no file was chosen).
        var filename: String?
        var contentType: String?
        var body: [UInt8]
    }

    enum Failure: Error, Equatable, CustomStringConvertible {
        /// The Content-Type is not multipart/form-data with a usable boundary.
        case noBoundary
        /// The body breaks the format; the text says how.
        case malformed(String)

        var description: String {
            switch self {
            case .noBoundary: "the form was not sent as multipart/form-data with a boundary"
            case .malformed(let how): "the form could not be read: \(how)"
            }
        }
    }

    /// More parts than any Hearth form has fields and files; a guard against bodies of tiny parts.
    static let maximumParts = 500
    /// Longest header block of one part.
    static let maximumHeaderBytes = 8 * 1024

    private let parser: MultipartParser
    private(set) var parts: [Part] = []
    // The part being read: its headers so far, their size, its body so far.
    private var headers: [(name: String, value: String)] = []
    private var headerBytes = 0
    private var body: [UInt8] = []
    private var inPart = false
    private var failure: Failure?

    init(boundary: String) {
        parser = MultipartParser(boundary: boundary)
        parser.onHeader = { [unowned self] name, value in header(name, value) }
        parser.onBody = { [unowned self] chunk in
            inPart = true
            body.append(contentsOf: chunk.readableBytesView)
        }
        parser.onPartComplete = { [unowned self] in complete() }
    }
}

extension MultipartReader {
    /// Reads the next piece of the body.
    func read(_ chunk: ByteBuffer) throws(Failure) {
        do {
            try parser.execute(chunk)
        } catch {
            throw failure
                ?? .malformed("it breaks the multipart format (a boundary or header line is not as RFC 2046 says)")
        }
        if let failure { throw failure }
    }

    /// The parts, once the whole body has been read; refused if it stopped short of its closing boundary.
    func finish() throws(Failure) -> [Part] {
        if let failure { throw failure }
        guard !inPart else { throw .malformed("it ends before the closing boundary (was the upload cut short?)") }
        guard !parts.isEmpty else { throw .malformed("it has no opening boundary") }
        return parts
    }

    private func header(_ name: String, _ value: String) {
        inPart = true
        headerBytes += name.utf8.count + value.utf8.count + 4
        if headerBytes > Self.maximumHeaderBytes {
            failure = failure ?? .malformed("a part's headers are longer than \(Self.maximumHeaderBytes) bytes")
        }
        // A bare line feed inside a value means the header lines were not CR LF separated.
        if value.unicodeScalars.contains(where: { $0.properties.generalCategory == .control && $0 != "\t" }) {
            failure = failure ?? .malformed("a part has a header line that is not \"Name: value\"")
        }
        headers.append((name.lowercased(), value))
    }

    private func complete() {
        defer { headers = []; headerBytes = 0; body = []; inPart = false }
        guard failure == nil else { return }
        guard parts.count < Self.maximumParts else {
            failure = .malformed("it has more than \(Self.maximumParts) parts")
            return
        }
        do throws(Failure) {
            parts.append(try Self.part(headers: headers, body: body))
        } catch {
            failure = error
        }
    }
}
