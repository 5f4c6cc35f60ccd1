import Foundation
import NIOCore
import Testing

@testable import WebApp

@Suite("multipart/form-data: read as it arrives, strictly")
struct MultipartReaderTests {
    static let boundary = "----HearthBoundary42"

    /// Joins lines with CR LF, as browsers do; `bytes` lets a test put any byte in a part.
    static func body(_ pieces: [String]) -> [UInt8] {
        Array(pieces.joined(separator: "\r\n").utf8)
    }

    /// The parts of `body`, fed to the reader in pieces of `chunk` bytes as the network would deliver
    /// them (every test runs with pieces small enough to split boundaries and headers).
    static func parts(_ body: [UInt8], boundary: String = Self.boundary, chunk: Int = 7) throws(MultipartReader.Failure)
        -> [MultipartReader.Part]
    {
        let reader = MultipartReader(boundary: boundary)
        for start in stride(from: 0, to: body.count, by: chunk) {
            try reader.read(ByteBuffer(bytes: body[start..<min(start + chunk, body.count)]))
        }
        return try reader.finish()
    }

    @Test func severalFilesAndAFieldInOneRequest() throws {
        let body = Self.body([
            "--\(Self.boundary)",
            "Content-Disposition: form-data; name=\"csrf_token\"",
            "",
            "t0ken",
            "--\(Self.boundary)",
            "Content-Disposition: form-data; name=\"files\"; filename=\"2024-header.csv\"",
            "Content-Type: text/csv",
            "",
            "CHILD,SEX\r\nA,1\r\n",
            "--\(Self.boundary)",
            "content-disposition: form-data; name=\"files\"; filename=\"2024-episodes.csv\"",
            "",
            "CHILD,DECOM",
            "--\(Self.boundary)--",
            "",
        ])
        let parts = try Self.parts(body)
        #expect(parts.map(\.name) == ["csrf_token", "files", "files"])
        #expect(parts.map(\.filename) == [nil, "2024-header.csv", "2024-episodes.csv"])
        #expect(parts[0].body == Array("t0ken".utf8))
        // The first file ends in CR LF of its own: only the CR LF before the boundary belongs to the boundary.
        #expect(parts[1].body == Array("CHILD,SEX\r\nA,1\r\n".utf8))
        #expect(parts[1].contentType == "text/csv")
        #expect(parts[2].body == Array("CHILD,DECOM".utf8))
        let fields = FormFields(parts: parts)
        #expect(fields["csrf_token"] == "t0ken")
        #expect(fields.files.map(\.name) == ["2024-header.csv", "2024-episodes.csv"])
    }

    /// Bytes that are not text, bare CRs and LFs, and the boundary text not at the start of a line are
    /// all file content, kept byte for byte.
    @Test func binaryContentIsKeptExactly() throws {
        let content: [UInt8] =
            [0x00, 0xFF, 0x0D, 0x0A, 0x0D, 0x2D, 0x2D] + Array("x--\(Self.boundary)\n--\(Self.boundary)".utf8)
            + [0x0A, 0x0D, 0x0A, 0x0D]
        var body = Array(
            "--\(Self.boundary)\r\nContent-Disposition: form-data; name=\"f\"; filename=\"a.bin\"\r\n\r\n".utf8)
        body += content + Array("\r\n--\(Self.boundary)--".utf8)
        let parts = try Self.parts(body)
        #expect(parts.count == 1)
        #expect(parts[0].body == content)
    }

    /// (Transport padding after a boundary, which RFC 2046 allows but no browser sends, is refused by
    /// multipart-kit's parser: the old parser's tolerance of it is not kept.)
    @Test func preambleAndEpilogueAreIgnored() throws {
        let body = Self.body([
            "This is a preamble, which readers ignore.",
            "--\(Self.boundary)",
            "Content-Disposition: form-data; name=\"kind\"",
            "",
            "costs",
            "--\(Self.boundary)--",
            "and an epilogue",
        ])
        let parts = try Self.parts(body)
        #expect(
            parts == [MultipartReader.Part(name: "kind", filename: nil, contentType: nil, body: Array("costs".utf8))])
    }

    @Test func emptyFileInputIsDropped() throws {
        let body = Self.body([
            "--\(Self.boundary)",
            "Content-Disposition: form-data; name=\"files\"; filename=\"\"",
            "Content-Type: application/octet-stream",
            "",
            "",
            "--\(Self.boundary)--",
        ])
        let parts = try Self.parts(body)
        #expect(parts.count == 1 && parts[0].body.isEmpty)
        #expect(FormFields(parts: parts).files.isEmpty)
    }

    /// Each broken body, and what the parser says about it.
    @Test(arguments: [
        ("CHILD\r\n", "it has no opening boundary"),
        (
            "--B\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nshort",
            "it ends before the closing boundary (was the upload cut short?)"
        ),
        ("--B\nContent-Disposition: form-data; name=\"a\"\n\nx\n--B--", Self.format),
        (
            "--B\r\nContent-Disposition: form-data; name=\"a\"\nX: y\r\n\r\nx\r\n--B--",
            "a part has a header line that is not \"Name: value\""
        ),
        ("--B\r\nContent-Type: text/plain\r\n\r\nx\r\n--B--", "a part has no Content-Disposition header"),
        (
            "--B\r\nContent-Disposition: attachment; name=\"a\"\r\n\r\nx\r\n--B--",
            "a part's Content-Disposition is not form-data with a name"
        ),
        (
            "--B\r\nContent-Disposition: form-data; filename=\"a.csv\"\r\n\r\nx\r\n--B--",
            "a part's Content-Disposition is not form-data with a name"
        ),
        (
            "--B\r\nContent-Disposition: form-data; name=\"a\"\r\n",
            "it ends before the closing boundary (was the upload cut short?)"
        ),
        ("--B\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nx\r\n--Bogus\r\n", Self.format),
        (
            "--B\r\nContent-Disposition: form-data; name=\"a\"\r\nX-Long: \(String(repeating: "y", count: 9000))\r\n\r\nx\r\n--B--",
            "a part's headers are longer than 8192 bytes"
        ),
    ])
    func brokenBodiesAreRefused(body: String, why: String) {
        for chunk in [3, 64 * 1024] {
            #expect(throws: MultipartReader.Failure.malformed(why)) {
                try Self.parts(Array(body.utf8), boundary: "B", chunk: chunk)
            }
        }
    }

    /// Cut off between parts, or with a closing delimiter that is not whole: the files before the cut
    /// must not be imported as if they were all (the old parser refused these; the review caught the new
    /// one accepting them).
    @Test(arguments: [
        "--B\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nx\r\n--B\r\n",
        "--B\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nx\r\n--B\r\nContent-Disp",
        "--B\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nx\r\n--B-",
        "--B\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nx\r\n--B",
    ])
    func bodiesCutBetweenPartsAreRefused(body: String) {
        for chunk in [1, 5, 64 * 1024] {
            #expect(
                throws: MultipartReader.Failure.malformed(
                    "it ends before the closing boundary (was the upload cut short?)")
            ) {
                try Self.parts(Array(body.utf8), boundary: "B", chunk: chunk)
            }
        }
    }

    /// A header line that never ends is refused within a few kilobytes of passing the limit, not after
    /// the parser has gathered megabytes of it.
    @Test func anEndlessHeaderLineIsRefusedEarly() {
        let reader = MultipartReader(boundary: "B")
        let start = ByteBuffer(string: "--B\r\nContent-Disposition: form-data; name=\"a\"\r\nX-Endless: ")
        let endless = ByteBuffer(repeating: UInt8(ascii: "y"), count: 64 * 1024)
        #expect(throws: MultipartReader.Failure.malformed("a part's headers are longer than 8192 bytes")) {
            try reader.read(start)
            for _ in 0..<100 { try reader.read(endless) }  // 6.4 MB if it were not stopped
        }
    }

    /// What multipart-kit's parser refuses: line breaks that are not CR LF, a boundary run on into text.
    static let format = "it breaks the multipart format (a boundary or header line is not as RFC 2046 says)"

    @Test func moreThanFiveHundredPartsAreRefused() {
        let part = "--B\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nx\r\n"
        let body = String(repeating: part, count: 501) + "--B--"
        #expect(throws: MultipartReader.Failure.malformed("it has more than 500 parts")) {
            try Self.parts(Array(body.utf8), boundary: "B", chunk: 4096)
        }
    }

    @Test func boundaryComesFromTheContentType() throws {
        #expect(try MultipartReader.boundary(contentType: "multipart/form-data; boundary=----abc") == "----abc")
        #expect(try MultipartReader.boundary(contentType: "Multipart/Form-Data;boundary=\"a b:c\"") == "a b:c")
        #expect(try MultipartReader.boundary(contentType: "multipart/form-data; charset=utf-8; boundary=x") == "x")
        for broken in [
            "multipart/form-data", "multipart/form-data; boundary=", "multipart/form-data; boundary=\"\"",
            "application/x-www-form-urlencoded; boundary=x", "multipart/mixed; boundary=x",
            "multipart/form-data; boundary=" + String(repeating: "b", count: 71), "",
        ] {
            #expect(throws: MultipartReader.Failure.noBoundary, "\(broken)") {
                try MultipartReader.boundary(contentType: broken)
            }
        }
    }

    @Test(
        arguments: [
            ("form-data; name=\"files\"; filename=\"2024 episodes.csv\"", "form-data", "files", "2024 episodes.csv"),
            ("form-data; name=files; filename=a.csv", "form-data", "files", "a.csv"),
            ("form-data;name=\"a;b\";filename=\"x=y.csv\"", "form-data", "a;b", "x=y.csv"),
            ("form-data; name=\"f\"; filename=\"say %22hi%22.csv\"", "form-data", "f", "say \"hi\".csv"),
            ("form-data; name=\"f\"; filename=\"C:\\Returns\\2024.csv\"", "form-data", "f", "C:\\Returns\\2024.csv"),
            ("form-data; NAME=\"f\"; name=\"g\"", "form-data", "f", nil),
        ] as [(String, String, String, String?)])
    func dispositionParameters(header: String, value: String, name: String, filename: String?) {
        let parsed = HeaderParameters(header)
        #expect(parsed.value == value)
        #expect(parsed["name"] == name)
        #expect(parsed["filename"] == filename)
    }

    /// Old browsers send the whole path; only the file's own name is kept.
    @Test func fileNamesLoseTheirFolders() {
        #expect(MultipartReader.baseName("C:\\Returns\\2024.csv") == "2024.csv")
        #expect(MultipartReader.baseName("/home/me/2024.csv") == "2024.csv")
        #expect(MultipartReader.baseName("2024.csv") == "2024.csv")
    }
}
