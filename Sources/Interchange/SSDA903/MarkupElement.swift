/// An element of a small, element-only XML document such as the SSDA903 return: a name, the line its
/// start tag is on, its text and its child elements. Attributes are read past and dropped.
struct MarkupElement: Sendable {
    var name: String
    var line: Int
    /// Character data directly inside the element, entities decoded (white space between child
    /// elements included; callers trim).
    var text: String = ""
    var children: [MarkupElement] = []

    init(name: String, line: Int) {
        self.name = name
        self.line = line
    }

    /// The first child element with this name.
    func child(_ name: String) -> MarkupElement? {
        children.first { $0.name == name }
    }
}

/// Why an XML document could not be read, and where.
struct MarkupError: Error, Sendable, Equatable {
    var line: Int
    /// The element being read, when known.
    var element: String?
    var message: String
}

/// Reads the subset of XML that SSDA903 returns use: a declaration, comments, CDATA, a DOCTYPE without
/// an internal subset, elements (self-closing too) with attributes that are ignored, and the five
/// predefined entities plus numeric character references. Written here rather than using
/// FoundationXML, which needs libxml2 on Linux: the returns use so little of XML that a small reader
/// is simpler, and it keeps the line of every element for error messages.
struct MarkupParser {
    /// How deep elements may nest unless the caller says otherwise.
    static let defaultMaximumDepth = 64

    private let b: UnsafeBufferPointer<UInt8>
    private let maximumDepth: Int
    private var i = 0
    private var line = 1
    private var stack: [MarkupElement] = []
    private var root: MarkupElement?

    /// The root element of `bytes`, refused when elements nest more than `maximumDepth` deep: the parser
    /// keeps its own stack, so no document can overflow the call stack, and the depth limit keeps the
    /// tree it builds shallow (a tree is released recursively).
    static func parse(_ bytes: [UInt8], maximumDepth: Int = defaultMaximumDepth) throws(MarkupError) -> MarkupElement {
        let outcome: Result<MarkupElement, MarkupError> = bytes.withUnsafeBufferPointer { buffer in
            var parser = MarkupParser(b: buffer, maximumDepth: maximumDepth)
            do throws(MarkupError) { return .success(try parser.document()) } catch { return .failure(error) }
        }
        return try outcome.get()
    }

    private init(b: UnsafeBufferPointer<UInt8>, maximumDepth: Int) {
        self.b = b
        self.maximumDepth = maximumDepth
    }

    private mutating func document() throws(MarkupError) -> MarkupElement {
        if b.starts(with: [0xEF, 0xBB, 0xBF]) { i = 3 }
        while i < b.count {
            if b[i] == lt { try markup() } else { try characterData() }
        }
        if let open = stack.last {
            throw MarkupError(line: open.line, element: open.name, message: "<\(open.name)> is never closed")
        }
        guard let root else { throw MarkupError(line: line, element: nil, message: "the file has no XML elements") }
        return root
    }

    /// Whatever starts with `<` at `i`. The byte after it decides, so the common case (a tag) costs
    /// no string comparisons.
    private mutating func markup() throws(MarkupError) {
        guard i + 1 < b.count else { throw error("the file ends with '<'") }
        switch b[i + 1] {
        case UInt8(ascii: "?"): try skip(past: "?>", what: "processing instruction")
        case UInt8(ascii: "!"):
            if has("<!--") {
                try skip(past: "-->", what: "comment")
            } else if has("<![CDATA[") {
                try cdata()
            } else {
                try skip(past: ">", what: "declaration")
            }
        case UInt8(ascii: "/"): try endTag()
        default: try startTag()
        }
    }

    private mutating func startTag() throws(MarkupError) {
        let tagLine = line
        i += 1
        let name = readName()
        guard !name.isEmpty else { throw error("'<' is not followed by an element name") }
        guard stack.isEmpty == false || root == nil else {
            throw MarkupError(line: tagLine, element: name, message: "a second root element after the first one ended")
        }
        guard stack.count < maximumDepth else {
            throw MarkupError(
                line: tagLine, element: name,
                message: "elements are nested more than \(maximumDepth) deep (an SSDA903 return nests about 5)")
        }
        let selfClosing = try skipAttributes(of: name)
        stack.append(MarkupElement(name: name, line: tagLine))
        if selfClosing { close() }
    }

    private mutating func endTag() throws(MarkupError) {
        i += 2
        let name = readName()
        while i < b.count, isSpace(b[i]) { advance() }
        guard i < b.count, b[i] == gt else { throw error("the end tag </\(name)> is not closed with '>'", name) }
        i += 1
        guard let open = stack.last else { throw error("</\(name)> has no matching start tag", name) }
        guard open.name == name else {
            throw error("</\(name)> closes <\(open.name)>, opened on line \(open.line)", name)
        }
        close()
    }

    /// Pops the innermost element into its parent (or makes it the root).
    private mutating func close() {
        let element = stack.removeLast()
        if stack.isEmpty { root = element } else { stack[stack.count - 1].children.append(element) }
    }

    /// Moves past attributes to the end of a start tag; `true` when the tag ends with `/>`.
    private mutating func skipAttributes(of name: String) throws(MarkupError) -> Bool {
        var quote: UInt8? = nil
        while i < b.count {
            let c = b[i]
            if let q = quote {
                if c == q { quote = nil }
            } else if c == UInt8(ascii: "\"") || c == UInt8(ascii: "'") {
                quote = c
            } else if c == gt {
                i += 1; return false
            } else if c == UInt8(ascii: "/"), i + 1 < b.count, b[i + 1] == gt {
                i += 2; return true
            }
            advance()
        }
        throw error("the start tag <\(name)> is not closed with '>'", name)
    }

    private mutating func characterData() throws(MarkupError) {
        let start = i, startLine = line
        while i < b.count, b[i] != lt { advance() }
        let raw = UnsafeBufferPointer(rebasing: b[start..<i])
        guard !stack.isEmpty else {
            if raw.allSatisfy(isSpace) { return }
            throw error("text outside the root element")
        }
        stack[stack.count - 1].text += try MarkupText.decode(raw, line: startLine, element: stack.last?.name)
    }

    private mutating func cdata() throws(MarkupError) {
        i += 9
        let start = i
        try skip(past: "]]>", what: "CDATA section")
        guard !stack.isEmpty else { throw error("CDATA outside the root element") }
        stack[stack.count - 1].text += String(decoding: b[start..<(i - 3)], as: UTF8.self)
    }

    private mutating func readName() -> String {
        let start = i
        while i < b.count, !isSpace(b[i]), b[i] != gt, b[i] != UInt8(ascii: "/") { i += 1 }
        return String(decoding: b[start..<i], as: UTF8.self)
    }

    private mutating func skip(past terminator: String, what: String) throws(MarkupError) {
        let startLine = line
        let end = Array(terminator.utf8)
        while i < b.count {
            if has(end) { i += end.count; return }
            advance()
        }
        throw MarkupError(line: startLine, element: stack.last?.name, message: "a \(what) is never closed")
    }

    private func has(_ text: String) -> Bool { has(Array(text.utf8)) }

    private func has(_ bytes: [UInt8]) -> Bool {
        i + bytes.count <= b.count && bytes.indices.allSatisfy { b[i + $0] == bytes[$0] }
    }

    private mutating func advance() {
        if b[i] == UInt8(ascii: "\n") { line += 1 }
        i += 1
    }

    private func error(_ message: String, _ element: String? = nil) -> MarkupError {
        MarkupError(line: line, element: element ?? stack.last?.name, message: message)
    }

    private func isSpace(_ c: UInt8) -> Bool { c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D }
    private let lt = UInt8(ascii: "<"), gt = UInt8(ascii: ">")
}
