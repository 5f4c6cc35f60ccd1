import Testing
@testable import WebApp

@Suite("SHA-256 and secret tokens")
struct SHA256Tests {
    /// FIPS 180-4 example vectors (one block, two blocks) and the empty message.
    @Test(arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
         "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
    ])
    func vectors(message: String, digest: String) {
        #expect(SHA256.hex(message) == digest)
    }

    @Test func tokensAreLongAndDifferent() {
        let a = SecretToken.make(), b = SecretToken.make()
        #expect(a.count == 64)  // 4 × 64 bits in hex
        #expect(a != b)
        #expect(SecretToken.matches(a, a))
        #expect(!SecretToken.matches(a, b))
        #expect(!SecretToken.matches("", ""))
    }

    @Test func formFieldsAreDecoded() {
        let form = FormFields(encoded: "username=dana&password=a+b%26c%3D&next=%2Fbudget%3Fperiod%3D2024-12&empty=")
        #expect(form["password"] == "a b&c=")
        #expect(form["next"] == "/budget?period=2024-12")
        #expect(form["empty"] == "")
    }
}
