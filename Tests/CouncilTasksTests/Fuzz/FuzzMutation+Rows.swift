/// The mutations that work on a table's rows and columns (CSV returns, registers and budgets).
extension FuzzMutation {
    /// A line without its line end, and the line end (CRLF, LF or CR; none after a last line that has none).
    struct Line {
        var text: [UInt8]
        var end: [UInt8]
    }

    /// Up to 16,000 extra columns, and (half the time) as many blank fields on the rows (as many rows as stay
    /// within the size limit, which a file of thousands of rows would pass by far).
    static func manyColumns(_ bytes: [UInt8], _ random: inout FuzzRandom) -> [UInt8] {
        var lines = splitLines(bytes)
        guard !lines.isEmpty else { return bytes }
        let count = random.length(powersOfTwo: 4...13)
        lines[0].text += Array((1...count).map { ",EXTRA\($0)" }.joined().utf8)
        let padded = random.chance(50) ? lines.indices.dropFirst().prefix(maximumSize / count) : 0..<0
        for index in padded where !lines[index].text.isEmpty {
            lines[index].text += [UInt8](repeating: 0x2C, count: count)
        }
        return joined(lines)
    }

    /// A column named twice, each row's value repeated at its end; or the column line again among the rows, as
    /// when two files are pasted together.
    static func duplicateHeader(_ bytes: [UInt8], _ random: inout FuzzRandom) -> [UInt8] {
        var lines = splitLines(bytes)
        guard let header = lines.first else { return bytes }
        if random.chance(30) {
            let place = random.int(in: 1...lines.count)
            lines.insert(header, at: place)
            return joined(lines)
        }
        let column = random.int(in: 0...(fields(header.text).count - 1))
        for index in lines.indices where !lines[index].text.isEmpty {
            let values = fields(lines[index].text)
            lines[index].text.append(0x2C)
            lines[index].text += column < values.count ? values[column] : []
        }
        return joined(lines)
    }

    static func swapColumns(_ bytes: [UInt8], _ random: inout FuzzRandom) -> [UInt8] {
        var lines = splitLines(bytes)
        guard let header = lines.first else { return bytes }
        var names = fields(header.text)
        let first = random.int(in: 0...(names.count - 1)), second = random.int(in: 0...(names.count - 1))
        names.swapAt(first, second)
        let comma: [UInt8] = [0x2C]
        lines[0].text = Array(names.joined(separator: comma))
        return joined(lines)
    }

    /// A row repeated up to 4,000 times, or as many times as stay near the size limit when the row is long.
    static func repeatRows(_ bytes: [UInt8], _ random: inout FuzzRandom) -> [UInt8] {
        var lines = splitLines(bytes)
        guard lines.count > 1 else { return bytes }
        var row = lines[random.int(in: 1...(lines.count - 1))]
        if row.end.isEmpty { row.end = [0x0A] }
        let count = min(random.length(powersOfTwo: 0...11), maximumSize / (row.text.count + row.end.count) + 1)
        let copies = Array(repeating: row, count: count)
        let place = random.int(in: 1...(lines.count - 1))
        lines.insert(contentsOf: copies, at: place)
        return joined(lines)
    }

    static func splitLines(_ bytes: [UInt8]) -> [Line] {
        var lines: [Line] = [], start = 0, index = 0
        while index < bytes.count {
            if bytes[index] != 0x0A, bytes[index] != 0x0D {
                index += 1
            } else {
                let endLength = bytes[index] == 0x0D && index + 1 < bytes.count && bytes[index + 1] == 0x0A ? 2 : 1
                lines.append(Line(text: Array(bytes[start..<index]), end: Array(bytes[index..<(index + endLength)])))
                index += endLength
                start = index
            }
        }
        if start < bytes.count { lines.append(Line(text: Array(bytes[start...]), end: [])) }
        return lines
    }

    static func joined(_ lines: [Line]) -> [UInt8] {
        var out: [UInt8] = []
        for line in lines { out += line.text + line.end }
        return out
    }

    static func fields(_ line: [UInt8]) -> [[UInt8]] {
        line.split(separator: 0x2C, omittingEmptySubsequences: false).map { Array($0) }
    }
}
