import Testing

@testable import CareModel

@Suite("Postcodes degraded to their sector")
struct PostcodeTests {
    /// (written, sector): the outward code and the first digit of the inward code.
    @Test(arguments: [
        ("PL6 5AB", "PL6 5"), ("M1 1AE", "M1 1"), ("pl6 5ab", "PL6 5"), ("PL65AB", "PL6 5"), ("m11ae", "M1 1"),
        ("  SW1A 1AA ", "SW1A 1"), ("EC1A1BB", "EC1A 1"), ("W1A 0AX", "W1A 0"), ("B33 8TH", "B33 8"),
        ("CR2 6XH", "CR2 6"), ("DN55 1PT", "DN55 1"), ("PL6  5AB", "PL6 5"),
    ])
    func sector(written: String, sector: String) {
        #expect(Postcode.sector(of: written) == sector)
    }

    /// Anything not shaped like a UK postcode gives an empty sector, never the text itself.
    @Test(arguments: [
        "", "PL6", "PL6 5", "5AB", "PL6 5A", "PL6 55B", "PL6 A5B", "1L6 5AB", "PLX 5AB", "ABC1 5AB", "PL666 5AB",
        "PL6 5AB X", "PL6-5AB", "XXXXXXX", "PL6 5ÄB",
    ])
    func badPostcodeIsEmpty(written: String) {
        #expect(Postcode.sector(of: written) == "", "\(written)")
        #expect(Postcode(written) == nil, "\(written)")
    }

    @Test func missingPostcodeIsEmpty() {
        #expect(Postcode.sector(of: nil) == "")
    }

    @Test func partsAreUpperCase() {
        let code = Postcode("sw1a1aa")
        #expect(code?.outward == "SW1A")
        #expect(code?.inward == "1AA")
    }
}
