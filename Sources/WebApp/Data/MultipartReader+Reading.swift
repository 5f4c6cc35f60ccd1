import NIOCore

extension MultipartReader {
    /// Reads the next piece of the body.
    func read(_ chunk: ByteBuffer) throws(Failure) {
        var rest = chunk
        while rest.readableBytes > 0, let piece = rest.readSlice(length: min(Self.slice, rest.readableBytes)) {
            closing.scan(piece.readableBytesView)
            unreported += piece.readableBytes
            do {
                try parser.execute(piece)
            } catch {
                throw failure
                    ?? .malformed("it breaks the multipart format (a boundary or header line is not as RFC 2046 says)")
            }
            if let failure { throw failure }
            // Headers are reported a whole line at a time: this much unreported text is one endless line.
            if unreported > Self.maximumHeaderBytes + Self.slice {
                throw .malformed("a part's headers are longer than \(Self.maximumHeaderBytes) bytes")
            }
        }
    }

    /// The parts, once the whole body has been read; refused if it stopped short of its closing boundary.
    func finish() throws(Failure) -> [Part] {
        if let failure { throw failure }
        guard !parts.isEmpty || inPart || closing.found else { throw .malformed("it has no opening boundary") }
        guard closing.found, !inPart else {
            throw .malformed("it ends before the closing boundary (was the upload cut short?)")
        }
        return parts
    }

    func header(_ name: String, _ value: String) {
        inPart = true
        unreported = 0
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

    func complete() {
        defer {
            headers = []
            headerBytes = 0
            body = []
            inPart = false
            unreported = 0
        }
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
