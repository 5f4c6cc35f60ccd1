import Testing

@testable import WebApp

@Suite("Posted form fields")
struct FormFieldsTests {
    @Test func formFieldsAreDecoded() throws {
        let form = try FormFields(encoded: "username=dana&password=a+b%26c%3D&next=%2Fbudget%3Fperiod%3D2024-12&empty=")
        #expect(form["password"] == "a b&c=")
        #expect(form["next"] == "/budget?period=2024-12")
        #expect(form["empty"] == "")
    }

    /// Nothing a Hearth form sends, so refused rather than guessed at: a repeated name, a broken escape.
    @Test(arguments: ["a=1&a=2", "a=%zz"])
    func oddFormsAreRefused(body: String) {
        #expect(throws: (any Error).self) { try FormFields(encoded: body) }
    }
}
