import CouncilTasks
import Testing

@Suite("Secret tokens")
struct SecretTokenTests {
    @Test func tokensAreLongAndDifferent() {
        let a = SecretToken.make(), b = SecretToken.make()
        #expect(a.count == 64)  // 256 bits as hexadecimal digits
        #expect(a.allSatisfy { $0.isHexDigit })
        #expect(a != b)
        #expect(SecretToken.matches(a, a))
        #expect(!SecretToken.matches(a, b))
        #expect(!SecretToken.matches("", ""))
    }
}
