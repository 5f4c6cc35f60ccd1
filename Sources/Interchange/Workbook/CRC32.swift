/// The CRC-32 checksum ZIP files carry for each entry (ISO 3309 / ITU-T V.42: polynomial 0x04C11DB7,
/// reflected, initial value and final XOR 0xFFFFFFFF), computed a byte at a time from a 256-entry table.
enum CRC32 {
    static let table: [UInt32] = (0..<256).map { index in
        var crc = UInt32(index)
        for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
        return crc
    }

    /// The checksum of `bytes`; "123456789" gives 0xCBF43926.
    static func checksum(_ bytes: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in bytes { crc = table[Int((crc ^ UInt32(byte)) & 0xFF)] ^ (crc >> 8) }
        return crc ^ 0xFFFF_FFFF
    }
}
