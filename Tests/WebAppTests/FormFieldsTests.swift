import Testing
@testable import WebApp

@Suite("Posted form fields")
struct FormFieldsTests {
    @Test func formFieldsAreDecoded() {
        let form = FormFields(encoded: "username=dana&password=a+b%26c%3D&next=%2Fbudget%3Fperiod%3D2024-12&empty=")
        #expect(form["password"] == "a b&c=")
        #expect(form["next"] == "/budget?period=2024-12")
        #expect(form["empty"] == "")
    }
}
