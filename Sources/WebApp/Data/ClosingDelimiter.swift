/// Watches a multipart body go by for its closing delimiter, `CRLF--BOUNDARY--` (RFC 2046), across
/// chunk edges. The boundary never occurs inside a part, so seeing it means the sender finished the body.
struct ClosingDelimiter {
    private let pattern: [UInt8]
    /// How many bytes of the pattern the bytes seen so far end with (a plain automaton: the pattern
    /// starts with CR, which occurs nowhere else in it, so a mismatch restarts at 0 or 1).
    private var matched = 0
    private(set) var found = false

    init(boundary: String) {
        pattern = Array("\r\n--\(boundary)--".utf8)
        // The first delimiter may have no CR LF before it; nor then may the closing one in an empty form.
        matched = 2
    }

    mutating func scan(_ bytes: some Sequence<UInt8>) {
        guard !found else { return }
        for byte in bytes {
            if byte == pattern[matched] {
                matched += 1
                if matched == pattern.count {
                    found = true
                    return
                }
            } else {
                matched = byte == pattern[0] ? 1 : 0
            }
        }
    }
}
