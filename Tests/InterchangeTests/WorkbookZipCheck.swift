@testable import Interchange

/// Reads back a stored ZIP the way an unzip tool would, checking every structure the writer promises:
/// the end record, the central directory, each local header, sizes and CRC-32s.
struct WorkbookZipCheck {
    struct Entry: Equatable {
        var name: String
        var contents: [UInt8]
    }

    enum Failure: Error, Equatable { case bad(String) }

    let entries: [Entry]

    init(_ bytes: [UInt8]) throws {
        func u16(_ at: Int) -> Int { Int(bytes[at]) | Int(bytes[at + 1]) << 8 }
        func u32(_ at: Int) -> Int { u16(at) | u16(at + 2) << 16 }
        let end = bytes.count - 22
        guard end >= 0, u32(end) == 0x0605_4B50 else { throw Failure.bad("no end record at the end") }
        let count = u16(end + 10), directorySize = u32(end + 12), directoryStart = u32(end + 16)
        guard u16(end + 8) == count, directoryStart + directorySize == end else { throw Failure.bad("end record") }
        var at = directoryStart
        var entries: [Entry] = []
        for _ in 0..<count {
            guard u32(at) == 0x0201_4B50, u16(at + 10) == 0 else { throw Failure.bad("directory entry at \(at)") }
            let crc = u32(at + 16), size = u32(at + 24), nameLength = u16(at + 28), offset = u32(at + 42)
            guard u32(at + 20) == size else { throw Failure.bad("stored entry sizes differ") }
            let name = Array(bytes[(at + 46)..<(at + 46 + nameLength)])
            guard u32(offset) == 0x0403_4B50, u32(offset + 14) == crc, u32(offset + 22) == size,
                Array(bytes[(offset + 30)..<(offset + 30 + nameLength)]) == name, u16(offset + 28) == 0
            else { throw Failure.bad("local header of \(String(decoding: name, as: UTF8.self))") }
            let start = offset + 30 + nameLength
            let contents = Array(bytes[start..<(start + size)])
            guard CRC32.checksum(contents) == UInt32(crc) else { throw Failure.bad("CRC of entry") }
            entries.append(Entry(name: String(decoding: name, as: UTF8.self), contents: contents))
            at += 46 + nameLength
        }
        guard at == end else { throw Failure.bad("directory size") }
        self.entries = entries
    }

    func text(_ name: String) -> String? {
        entries.first { $0.name == name }.map { String(decoding: $0.contents, as: UTF8.self) }
    }
}
