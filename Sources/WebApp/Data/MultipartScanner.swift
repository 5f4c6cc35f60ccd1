import Foundation

/// Finds boundaries and header lines in a multipart body. Works on bytes throughout: file contents are
/// binary, and only the header lines are text.
struct MultipartScanner {
    let body: [UInt8]
    /// "--" and the boundary.
    let delimiter: [UInt8]

    private static let cr: UInt8 = 13, lf: UInt8 = 10

    func hasPrefix(_ text: String, at index: Int) -> Bool {
        hasPrefix(Array(text.utf8), at: index)
    }

    func hasPrefix(_ bytes: [UInt8], at index: Int) -> Bool {
        index >= 0 && index + bytes.count <= body.count && body[index..<(index + bytes.count)].elementsEqual(bytes)
    }

    /// The first delimiter: at the very start of the body, or at the start of a line after a preamble.
    func firstDelimiter() -> Int? {
        hasPrefix(delimiter, at: 0) ? 0 : nextDelimiter(from: 0).map { $0 + 2 }
    }

    /// Where the next CR LF + delimiter starts at or after `start`: the end of the current part's body.
    func nextDelimiter(from start: Int) -> Int? {
        let wanted = [Self.cr, Self.lf] + delimiter
        return body.withUnsafeBufferPointer { bytes -> Int? in
            var i = start
            let last = bytes.count - wanted.count
            while i <= last {
                if bytes[i] == Self.cr, bytes[i + 1] == Self.lf {
                    var j = 2
                    while j < wanted.count, bytes[i + j] == wanted[j] { j += 1 }
                    if j == wanted.count { return i }
                }
                i += 1
            }
            return nil
        }
    }

    /// After a delimiter: optional spaces or tabs (RFC 2046's transport padding), then CR LF. Returns
    /// where the next line starts, or `nil` when something else follows.
    func lineEnd(after index: Int) -> Int? {
        var i = index
        while i < body.count, body[i] == 0x20 || body[i] == 0x09 { i += 1 }
        return hasPrefix([Self.cr, Self.lf], at: i) ? i + 2 : nil
    }

    /// The header lines of a part starting at `start` (names lowercased), and where its body starts (after
    /// the empty line).
    func headers(from start: Int, limit: Int) throws(MultipartForm.Failure) -> ([(name: String, value: String)], Int) {
        var headers: [(name: String, value: String)] = []
        var i = start
        while true {
            guard i - start <= limit else { throw .malformed("a part's headers are longer than \(limit) bytes") }
            guard let end = lineBreak(from: i) else { throw .malformed("it ends inside a part's headers") }
            if end == i { return (headers, end + 2) }
            let line = body[i..<end]
            guard let colon = line.firstIndex(of: UInt8(ascii: ":")), line.first != 0x20, line.first != 0x09,
                  !line.contains(Self.lf) else {
                throw .malformed("a part has a header line that is not \"Name: value\"")
            }
            let name = String(decoding: line[..<colon], as: UTF8.self).lowercased()
            let value = String(decoding: line[(colon + 1)...], as: UTF8.self).trimmingCharacters(in: [" ", "\t"])
            headers.append((name, value))
            i = end + 2
        }
    }

    /// The next CR LF at or after `start`, bounded so a body without one is not searched to its end.
    private func lineBreak(from start: Int) -> Int? {
        var i = start
        while i + 1 < body.count, i - start <= MultipartForm.maximumHeaderBytes {
            if body[i] == Self.cr, body[i + 1] == Self.lf { return i }
            i += 1
        }
        return nil
    }
}
