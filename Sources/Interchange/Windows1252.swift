/// Windows-1252, what Excel on a council laptop writes when it saves "CSV" rather than "CSV UTF-8": the
/// readers take a file that is not valid UTF-8 to be Windows-1252 and convert it, so `Café £` stays
/// `Café £` instead of becoming replacement characters.
enum Windows1252 {
    /// The characters of bytes 0x80–0x9F, where Windows-1252 differs from Latin-1. The five bytes it
    /// leaves undefined keep their Latin-1 code points (C1 controls), so nothing is lost or invented.
    static let high: [Unicode.Scalar] = [
        "\u{20AC}", "\u{81}", "\u{201A}", "\u{192}", "\u{201E}", "\u{2026}", "\u{2020}", "\u{2021}",
        "\u{2C6}", "\u{2030}", "\u{160}", "\u{2039}", "\u{152}", "\u{8D}", "\u{17D}", "\u{8F}",
        "\u{90}", "\u{2018}", "\u{2019}", "\u{201C}", "\u{201D}", "\u{2022}", "\u{2013}", "\u{2014}",
        "\u{2DC}", "\u{2122}", "\u{161}", "\u{203A}", "\u{153}", "\u{9D}", "\u{17E}", "\u{178}",
    ]

    /// Whether `bytes` are valid UTF-8 (so need no conversion).
    static func isUTF8(_ bytes: [UInt8]) -> Bool {
        var decoder = UTF8()
        var iterator = bytes.makeIterator()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue: continue
            case .emptyInput: return true
            case .error: return false
            }
        }
    }

    /// The text of Windows-1252 `bytes`, as UTF-8 bytes.
    static func utf8(from bytes: [UInt8]) -> [UInt8] {
        var text = String.UnicodeScalarView()
        for byte in bytes {
            text.append((0x80...0x9F).contains(byte) ? high[Int(byte - 0x80)] : Unicode.Scalar(byte))
        }
        return Array(String(text).utf8)
    }
}
