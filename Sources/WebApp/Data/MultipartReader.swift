import MultipartKit
import NIOCore

/// A `multipart/form-data` body (RFC 7578), as browsers send a form with file inputs, read chunk by chunk
/// as it arrives through multipart-kit's streaming parser: each file is held once, never the whole body
/// beside its parts. Each part has the field's name, the file's name for file inputs, and its bytes
/// exactly as sent.
///
/// Strict on purpose: every part has a `Content-Disposition: form-data` header with a name, headers are
/// bounded as they arrive, and the body must reach its closing boundary (`--BOUNDARY--`). Anything else is
/// refused rather than guessed at, so a truncated upload can never be imported as fewer or shorter files.
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
    /// How much of the body the parser is given at once, so an endless header line is caught within
    /// a slice of it rather than after the parser has copied megabytes of it.
    static let slice = 4 * 1024

    let parser: MultipartParser
    /// Finds the closing delimiter, which the parser itself does not report.
    var closing: ClosingDelimiter
    var parts: [Part] = []
    // The part being read: its headers so far, their size, its body so far.
    var headers: [(name: String, value: String)] = []
    var headerBytes = 0
    var body: [UInt8] = []
    var inPart = false
    /// Bytes given to the parser since it last reported anything: header text piling up with no end.
    var unreported = 0
    var failure: Failure?

    init(boundary: String) {
        parser = MultipartParser(boundary: boundary)
        closing = ClosingDelimiter(boundary: boundary)
        parser.onHeader = { [unowned self] name, value in header(name, value) }
        parser.onBody = { [unowned self] chunk in
            inPart = true
            unreported = 0
            body.append(contentsOf: chunk.readableBytesView)
        }
        parser.onPartComplete = { [unowned self] in complete() }
    }
}
