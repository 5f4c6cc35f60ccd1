/// The XML parts of a workbook package, written as text.
enum WorkbookParts {
    static let declaration = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
    static let mainNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let relationshipNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    static let packageRelationshipNamespace = "http://schemas.openxmlformats.org/package/2006/relationships"

    static func contentTypes(sheetCount: Int) -> String {
        let type = "application/vnd.openxmlformats-officedocument.spreadsheetml"
        let sheets = (1...sheetCount).map {
            #"<Override PartName="/xl/worksheets/sheet\#($0).xml" ContentType="\#(type).worksheet+xml"/>"#
        }.joined()
        return declaration + #"<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">"#
            + #"<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>"#
            + #"<Default Extension="xml" ContentType="application/xml"/>"#
            + #"<Override PartName="/xl/workbook.xml" ContentType="\#(type).sheet.main+xml"/>"#
            + #"<Override PartName="/xl/styles.xml" ContentType="\#(type).styles+xml"/>"#
            + sheets + "</Types>"
    }

    static let packageRelationships =
        declaration + #"<Relationships xmlns="\#(packageRelationshipNamespace)">"#
        + #"<Relationship Id="rId1" Type="\#(relationshipNamespace)/officeDocument" Target="xl/workbook.xml"/>"#
        + "</Relationships>"

    static func workbook(sheetNames: [String]) -> String {
        let sheets = sheetNames.enumerated().map { index, name in
            #"<sheet name="\#(escaped(name))" sheetId="\#(index + 1)" r:id="rId\#(index + 1)"/>"#
        }.joined()
        return declaration + #"<workbook xmlns="\#(mainNamespace)" xmlns:r="\#(relationshipNamespace)">"#
            + "<sheets>\(sheets)</sheets></workbook>"
    }

    /// Sheets are rId1…rIdN; the styles part comes after them.
    static func workbookRelationships(sheetCount: Int) -> String {
        let sheets = (1...sheetCount).map {
            #"<Relationship Id="rId\#($0)" Type="\#(relationshipNamespace)/worksheet" Target="worksheets/sheet\#($0).xml"/>"#
        }.joined()
        return declaration + #"<Relationships xmlns="\#(packageRelationshipNamespace)">"# + sheets
            + #"<Relationship Id="rId\#(sheetCount + 1)" Type="\#(relationshipNamespace)/styles" Target="styles.xml"/>"#
            + "</Relationships>"
    }

    /// Cell formats, by index: 0 plain, 1 bold, 2 pounds, 3 £m, 4 bold pounds, 5 bold £m.
    static let styles =
        declaration + #"<styleSheet xmlns="\#(mainNamespace)">"#
        + ##"<numFmts count="2"><numFmt numFmtId="164" formatCode="&quot;£&quot;#,##0.00"/>"##
        + ##"<numFmt numFmtId="165" formatCode="#,##0.000"/></numFmts>"##
        + #"<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font>"#
        + #"<font><b/><sz val="11"/><name val="Calibri"/></font></fonts>"#
        + #"<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>"#
        + #"<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"#
        + #"<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>"#
        + #"<cellXfs count="6">"#
        + [(0, 0), (0, 1), (164, 0), (165, 0), (164, 1), (165, 1)].map { format, font in
            #"<xf numFmtId="\#(format)" fontId="\#(font)" fillId="0" borderId="0" xfId="0""#
                + #" applyNumberFormat="\#(format == 0 ? 0 : 1)" applyFont="\#(font)"/>"#
        }.joined() + "</cellXfs>"
        + #"<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>"#

    /// Text for XML content and attributes: markup characters escaped, and characters XML 1.0 forbids
    /// (control characters other than tab, line feed and carriage return) left out.
    static func escaped(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
            case _ where scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF: continue
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
