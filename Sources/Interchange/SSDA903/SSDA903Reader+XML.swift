/// The XML form of the return: `EXPSSDA903` → `CHILD` → one `HEADER` and its `EPISODE` siblings.
/// The child's ID is `CHILDID` in the header and the placement type is `PL`. Other elements (reviews,
/// OC2, UASC, …) are skipped.
extension SSDA903Reader {
    func readXML(
        _ bytes: [UInt8], from source: SSDA903Source,
        into builder: inout SSDA903ExtractBuilder
    ) -> [FileProblem] {
        let root: MarkupElement
        do { root = try MarkupParser.parse(bytes, maximumDepth: maximumXMLDepth) } catch {
            return [FileProblem(file: source.path, row: error.line, field: error.element, message: error.message)]
        }
        guard root.name.uppercased() == "EXPSSDA903" else {
            if source.isExplicit {
                return [
                    FileProblem(
                        file: source.path, row: root.line, field: root.name,
                        message: "the root element is not EXPSSDA903, so this is not an SSDA903 return")
                ]
            }
            builder.addFile(source, kind: SSDA903Table.unknown.reportKind, rows: 0, bytes: bytes)
            return []
        }
        var problems: [FileProblem] = [], rows = 0
        for child in root.children where child.name == "CHILD" {
            problems += readChild(child, from: source, into: &builder, rows: &rows)
        }
        builder.addFile(source, kind: "xml", rows: rows, bytes: bytes)
        return problems
    }

    /// One CHILD element: its HEADER, then each EPISODE, which takes the header's CHILDID.
    private func readChild(
        _ child: MarkupElement, from source: SSDA903Source,
        into builder: inout SSDA903ExtractBuilder, rows: inout Int
    ) -> [FileProblem] {
        guard let header = child.child("HEADER") else {
            return [FileProblem(file: source.path, row: child.line, field: "CHILD", message: "has no HEADER element")]
        }
        let headerRecord = record(header)
        var problems = builder.add(headerRecord, as: .header, from: source)
        for element in child.children where element.name == "EPISODE" {
            var episode = record(element)
            episode.set(.child, headerRecord[.child], line: headerRecord.row(of: .child))
            problems += builder.add(episode, as: .episodes, from: source)
        }
        rows += 1 + child.children.count(where: { $0.name == "EPISODE" })
        return problems
    }

    /// The fields of a HEADER or EPISODE element; nested groups (AREVIEW, OC2, …) are not fields.
    private func record(_ element: MarkupElement) -> SSDA903Record {
        var record = SSDA903Record(form: .xml, row: element.line)
        for field in element.children where field.children.isEmpty {
            guard let name = SSDA903Field.byElement[field.name] else { continue }
            record.set(name, trimmed(field.text), line: field.line)
        }
        return record
    }

    /// The text without surrounding white space, or `nil` when nothing is left. Done on the UTF-8
    /// view: Foundation's `trimmingCharacters` took a third of the time on a 30 MB return.
    private func trimmed(_ text: String) -> String? {
        let isSpace: (UInt8) -> Bool = { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
        let bytes = text.utf8
        guard let first = bytes.firstIndex(where: { !isSpace($0) }),
            let last = bytes.lastIndex(where: { !isSpace($0) })
        else { return nil }
        if first == bytes.startIndex, bytes.index(after: last) == bytes.endIndex { return text }
        return String(text[first...last])
    }
}
