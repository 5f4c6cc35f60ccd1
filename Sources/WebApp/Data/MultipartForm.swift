/// A `multipart/form-data` body (RFC 7578) as browsers send a form with file inputs: its parts, each
/// with the field's name, the file's name for file inputs, and the bytes exactly as sent.
///
/// Strict on purpose: lines end in CR LF, every part has a `Content-Disposition: form-data` header
/// with a name, and the body ends with the closing boundary. Anything else is refused, rather than
/// guessed at, so a truncated upload can never be imported as a shorter file.
struct MultipartForm: Sendable, Equatable {
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

    var parts: [Part]

    /// The boundary named in a `Content-Type` header: `multipart/form-data; boundary=…` (quoted or not,
    /// 1 to 70 characters, as RFC 2046 allows).
    static func boundary(contentType: String) throws(Failure) -> String {
        let fields = HeaderParameters(contentType)
        guard fields.value.lowercased() == "multipart/form-data", let boundary = fields["boundary"],
              (1...70).contains(boundary.utf8.count), !boundary.hasSuffix(" ") else { throw .noBoundary }
        return boundary
    }

    /// Splits `body` at `boundary`. The preamble before the first boundary and the epilogue after the
    /// closing one are ignored, as RFC 2046 says.
    init(body: [UInt8], boundary: String) throws(Failure) {
        let delimiter = Array("--\(boundary)".utf8)
        let scanner = MultipartScanner(body: body, delimiter: delimiter)
        guard var position = scanner.firstDelimiter() else { throw .malformed("it has no opening boundary") }
        var parts: [Part] = []
        while true {
            let afterDelimiter = position + delimiter.count
            if scanner.hasPrefix("--", at: afterDelimiter) { break }
            guard let headerStart = scanner.lineEnd(after: afterDelimiter) else {
                throw .malformed("a boundary is not followed by a line break")
            }
            guard parts.count < Self.maximumParts else { throw .malformed("it has more than \(Self.maximumParts) parts") }
            let (headers, bodyStart) = try scanner.headers(from: headerStart, limit: Self.maximumHeaderBytes)
            guard let end = scanner.nextDelimiter(from: bodyStart) else {
                throw .malformed("it ends before the closing boundary (was the upload cut short?)")
            }
            parts.append(try Self.part(headers: headers, body: Array(body[bodyStart..<end])))
            position = end + 2
        }
        self.parts = parts
    }

    /// A part from its header lines: `Content-Disposition: form-data; name="…"` is required.
    static func part(headers: [(name: String, value: String)], body: [UInt8]) throws(Failure) -> Part {
        guard let disposition = headers.first(where: { $0.name == "content-disposition" }) else {
            throw .malformed("a part has no Content-Disposition header")
        }
        let parameters = HeaderParameters(disposition.value)
        guard parameters.value.lowercased() == "form-data", let name = parameters["name"] else {
            throw .malformed("a part's Content-Disposition is not form-data with a name")
        }
        let contentType = headers.first { $0.name == "content-type" }?.value
        return Part(name: name, filename: parameters["filename"].map(Self.baseName), contentType: contentType, body: body)
    }

    /// The file's own name: some browsers send the whole path from the person's computer.
    static func baseName(_ filename: String) -> String {
        String(filename.split(separator: "/").last.map { $0.split(separator: "\\").last ?? $0 } ?? "")
    }
}
