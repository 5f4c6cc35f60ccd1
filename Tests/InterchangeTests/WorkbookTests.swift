import Foundation
import Testing

@testable import Interchange

@Suite("XLSX workbook writer")
struct WorkbookTests {
    static let monitor: [[WorkbookCell]] = [
        [.text("Line"), .text("Children"), .text("Budget £m"), .text("Weekly"), .text("Note")],
        [
            .text("External Residential"), .number(64), .money(pence: 1_524_800_000, format: .millions),
            .money(pence: 612_345), .text(#"<b>"quoted" & 'apostrophe'</b>"#),
        ],
        [
            .text("Unregistered"), .number(4.5), .money(pence: -11_000_000, format: .millions), .money(pence: 5),
            .empty,
        ],
        [
            .text("Total"), .number(68.5), .money(pence: 1_513_800_000, format: .millions), .money(pence: 612_350),
            .text("Café, 3 lines"),
        ],
    ]

    static func book() -> [UInt8] {
        var book = Workbook()
        book.addSheet(name: "Monitor P9 2024-25", rows: monitor, boldRows: [0, 3])
        book.addSheet(name: "Movement", rows: [[.text("Child")], [.text("A1")]])
        return book.data()
    }

    @Test(
        "CRC-32 matches the standard check values",
        arguments: [
            ("123456789", 0xCBF4_3926 as UInt32), ("", 0),
            ("a", 0xE8B7_BE43),
        ])
    func crc(_ text: String, _ expected: UInt32) {
        #expect(CRC32.checksum(Array(text.utf8)) == expected)
    }

    @Test("the package is a valid stored ZIP with every Office Open XML part")
    func zipStructure() throws {
        let zip = try WorkbookZipCheck(Self.book())
        #expect(
            zip.entries.map(\.name) == [
                "[Content_Types].xml", "_rels/.rels", "xl/workbook.xml",
                "xl/_rels/workbook.xml.rels", "xl/styles.xml",
                "xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml",
            ])
        #expect(zip.text("[Content_Types].xml")?.contains("/xl/worksheets/sheet2.xml") == true)
        #expect(
            zip.text("xl/workbook.xml")?.contains(#"<sheet name="Monitor P9 2024-25" sheetId="1" r:id="rId1"/>"#)
                == true)
        #expect(zip.text("xl/_rels/workbook.xml.rels")?.contains(#"Id="rId3""#) == true)
    }

    @Test("numbers and money are numbers; text is escaped; chosen rows are bold")
    func cells() throws {
        let sheet = try #require(try WorkbookZipCheck(Self.book()).text("xl/worksheets/sheet1.xml"))
        for fragment in [
            #"<c r="A1" s="1" t="inlineStr"><is><t xml:space="preserve">Line</t></is></c>"#,
            #"<c r="B2" t="n"><v>64</v></c>"#,
            #"<c r="C2" s="3" t="n"><v>15.248</v></c>"#,  // 1,524,800,000p = £15,248,000 = 15.248 £m
            #"<c r="D2" s="2" t="n"><v>6123.45</v></c>"#,
            #"<t xml:space="preserve">&lt;b&gt;&quot;quoted&quot; &amp; 'apostrophe'&lt;/b&gt;</t>"#,
            #"<c r="B3" t="n"><v>4.5</v></c>"#,
            #"<c r="C3" s="3" t="n"><v>-0.11</v></c>"#,
            #"<c r="D3" s="2" t="n"><v>0.05</v></c>"#,
            #"<c r="C4" s="5" t="n"><v>15.138</v></c>"#,
        ] {
            #expect(sheet.contains(fragment), "\(fragment)")
        }
        #expect(!sheet.contains(#"r="E3""#))  // an empty, plain cell is left out
    }

    @Test(
        "exact decimals",
        arguments: [
            (Int64(1_524_812_345), 8, "15.24812345"), (100, 2, "1"), (5, 2, "0.05"),
            (-11_000_000, 8, "-0.11"), (0, 8, "0"), (-7, 2, "-0.07"),
        ])
    func decimals(_ units: Int64, _ places: Int, _ expected: String) {
        #expect(WorkbookCell.decimal(units, places: places) == expected)
    }

    @Test("column letters", arguments: [(0, "A"), (25, "Z"), (26, "AA"), (701, "ZZ"), (702, "AAA")])
    func columnNames(_ index: Int, _ expected: String) {
        #expect(WorkbookParts.columnName(index) == expected)
    }

    @Test("sheet names are made valid and unique")
    func sheetNames() {
        var book = Workbook()
        for name in ["Budget: 2024/25", "Budget: 2024/25", "", String(repeating: "x", count: 40), "budget- 2024-25"] {
            book.addSheet(name: name, rows: [])
        }
        #expect(
            book.sheets.map(\.name) == [
                "Budget- 2024-25", "Budget- 2024-25 (2)", "Sheet3",
                String(repeating: "x", count: 31), "budget- 2024-25 (3)",
            ])
    }

    static var libreOffice: String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        return path.split(separator: ":").map { "\($0)/libreoffice" }.first {
            FileManager.default.isExecutableFile(atPath: $0)
        }
    }

    @Test(
        "LibreOffice opens the workbook and reads the same values", .enabled(if: libreOffice != nil),
        .timeLimit(.minutes(2)))
    func libreOfficeReads() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hearth-xlsx-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("monitor.xlsx")
        try Data(Self.book()).write(to: file)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try #require(Self.libreOffice))
        // Its own profile, so a LibreOffice already running (or another test) does not take the job.
        process.arguments = [
            "-env:UserInstallation=file://\(folder.path)/profile", "--headless",
            // Comma-separated, double-quoted, UTF-8 (character set 76).
            "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76",
            "--outdir", folder.path, file.path,
        ]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        let csv = try String(contentsOf: folder.appendingPathComponent("monitor.csv"), encoding: .utf8)
        // Shown as formatted: £m to three decimals, pounds with £ and thousands (hence quoted).
        #expect(
            csv.split(whereSeparator: \.isNewline) == [
                "Line,Children,Budget £m,Weekly,Note",
                #"External Residential,64,15.248,"£6,123.45","<b>""quoted"" & 'apostrophe'</b>""#,
                "Unregistered,4.5,-0.110,£0.05,",
                #"Total,68.5,15.138,"£6,123.50","Café, 3 lines""#,
            ])
    }
}
