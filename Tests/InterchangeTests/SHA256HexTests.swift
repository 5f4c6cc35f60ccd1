import Crypto
import Interchange
import Testing

@Suite("SHA-256 as hexadecimal")
struct SHA256HexTests {
    /// FIPS 180-4 example vectors (one block, two blocks) and the empty message.
    @Test(arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        (
            "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
            "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"
        ),
    ])
    func vectors(message: String, digest: String) {
        #expect(SHA256.hex(message) == digest)
        #expect(SHA256.hex(bytes: Array(message.utf8)) == digest)
    }

    /// Each byte is two digits, high nibble first, leading zeros kept.
    @Test func hexDigitsKeepLeadingZeros() {
        #expect([0x00, 0x0f, 0xa0, 0xff].hexDigits == "000fa0ff")
    }
}
