/// RFC 4648 base32 without padding: how authenticator apps are given a key to type.
enum Base32 {
    static func encode(_ bytes: [UInt8]) -> String {
        var output: [UInt8] = []
        var buffer: UInt32 = 0
        var bits = 0
        for byte in bytes {
            buffer = (buffer << 8) | UInt32(byte)
            bits += 8
            while bits >= 5 {
                bits -= 5
                output.append(TwoFactor.base32[Int((buffer >> UInt32(bits)) & 31)])
            }
        }
        if bits > 0 { output.append(TwoFactor.base32[Int((buffer << UInt32(5 - bits)) & 31)]) }
        return String(decoding: output, as: UTF8.self)
    }
}
