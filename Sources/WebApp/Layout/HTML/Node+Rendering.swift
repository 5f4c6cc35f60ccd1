extension Node {
    /// Elements that have no content and no end tag in HTML.
    static let voidElements: Set<String> = ["meta", "link", "input", "br", "hr", "img", "col", "source", "wbr"]
    /// SVG shapes written self-closing when empty (`<path …/>`), as SVG allows.
    static let svgShapes: Set<String> = ["path", "line", "rect", "circle", "polyline", "polygon"]

    /// The markup, every text and attribute value escaped.
    public var html: String {
        var out = ""
        write(into: &out)
        return out
    }

    /// Writes the tree with an explicit stack rather than recursion, so no tree is too deep to write.
    func write(into out: inout String) {
        enum Step { case open(Node), close(StaticString) }
        var stack: [Step] = [.open(self)]
        while let step = stack.popLast() {
            switch step {
            case .close(let name):
                out += "</\(name)>"
            case .open(let node):
                switch node.kind {
                case .text(let text): Self.writeEscaped(text, into: &out, inAttribute: false)
                case .trusted(let markup): out += markup.description
                case .attribute: break  // only meaningful inside an element, where `element` took it
                case .group(let nodes): stack.append(contentsOf: nodes.reversed().map(Step.open))
                case .element(let name, let attributes, let children):
                    let tag = name.description
                    out += "<" + tag
                    for attribute in attributes { Self.write(attribute, into: &out) }
                    if Self.voidElements.contains(tag) {
                        out += ">"
                    } else if children.isEmpty, Self.svgShapes.contains(tag) {
                        out += "/>"
                    } else {
                        out += ">"
                        stack.append(.close(name))
                        stack.append(contentsOf: children.reversed().map(Step.open))
                    }
                }
            }
        }
    }

    static func write(_ attribute: Attribute, into out: inout String) {
        out += " " + attribute.name.description
        guard let value = attribute.value else { return }
        out += "=\""
        writeEscaped(value, into: &out, inAttribute: true)
        out += "\""
    }

    /// Escapes text for element content and (double-quoted) attribute values. An apostrophe can end
    /// nothing in either (attributes are always double-quoted), so it stays as written in text, where
    /// pages are full of them, and is escaped in attribute values only for good measure.
    static func writeEscaped(_ text: String, into out: inout String, inAttribute: Bool) {
        for ch in text.unicodeScalars {
            switch ch {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'" where inAttribute: out += "&#39;"
            default: out.unicodeScalars.append(ch)
            }
        }
    }
}
