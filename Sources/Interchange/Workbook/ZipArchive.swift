/// A ZIP file of stored (uncompressed) entries, which is all an Office Open XML package needs: each entry
/// is a local header and the bytes, then a central directory lists the entries, then the end record.
///
/// Entries are dated 1 January 1980 (the earliest DOS date), so the same content always gives the same
/// bytes. Sizes must stay under 4 GB (no ZIP64), far above any report.
struct ZipArchive {
    private var bytes: [UInt8] = []
    private var directory: [UInt8] = []
    private(set) var entryCount = 0

    /// DOS date of 1980-01-01: (year − 1980) << 9 | month << 5 | day.
    static let dosDate: UInt16 = 1 << 5 | 1
    /// Bit 11: names are UTF-8.
    static let utf8Names: UInt16 = 1 << 11

    mutating func add(path: String, contents: [UInt8]) {
        let name = Array(path.utf8)
        let crc = CRC32.checksum(contents)
        let offset = UInt32(bytes.count)
        bytes.append(le32: 0x0403_4B50)
        appendCommon(to: &bytes, name: name, crc: crc, size: UInt32(contents.count))
        bytes += name
        bytes += contents

        directory.append(le32: 0x0201_4B50)
        directory.append(le16: 20)  // made by: MS-DOS, version 2.0
        appendCommon(to: &directory, name: name, crc: crc, size: UInt32(contents.count))
        directory.append(le16: 0)  // comment length
        directory.append(le16: 0)  // disk number
        directory.append(le16: 0)  // internal attributes
        directory.append(le32: 0)  // external attributes
        directory.append(le32: offset)
        directory += name
        entryCount += 1
    }

    /// The fields local headers and directory entries share, from "version needed" to "extra length".
    private func appendCommon(to out: inout [UInt8], name: [UInt8], crc: UInt32, size: UInt32) {
        out.append(le16: 20)  // version needed: 2.0
        out.append(le16: Self.utf8Names)
        out.append(le16: 0)  // method: stored
        out.append(le16: 0)  // time 00:00:00
        out.append(le16: Self.dosDate)
        out.append(le32: crc)
        out.append(le32: size)  // compressed size = size, since stored
        out.append(le32: size)
        out.append(le16: UInt16(name.count))
        out.append(le16: 0)  // extra field length
    }

    /// The finished archive.
    var data: [UInt8] {
        var out = bytes
        out += directory
        out.append(le32: 0x0605_4B50)
        out.append(le16: 0)  // this disk
        out.append(le16: 0)  // disk with the directory
        out.append(le16: UInt16(entryCount))
        out.append(le16: UInt16(entryCount))
        out.append(le32: UInt32(directory.count))
        out.append(le32: UInt32(bytes.count))
        out.append(le16: 0)  // comment length
        return out
    }
}

extension Array where Element == UInt8 {
    /// Appends a little-endian 16-bit value, as ZIP stores numbers.
    mutating func append(le16 value: UInt16) {
        append(UInt8(value & 0xFF))
        append(UInt8(value >> 8))
    }

    mutating func append(le32 value: UInt32) {
        for shift in stride(from: 0, to: 32, by: 8) { append(UInt8((value >> UInt32(shift)) & 0xFF)) }
    }
}
