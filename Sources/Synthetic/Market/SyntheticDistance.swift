/// The PL_DISTANCE the DfE would derive for a synthetic placement, from where its made-up postcodes are.
///
/// The generator's postcodes are not real addresses, so there is nothing to measure; instead the distance
/// follows how the postcodes were chosen — same district, same area, a neighbouring area of the region, or
/// elsewhere in England — and is placed within that band by a hash of the two postcodes. Being a pure
/// function of the postcodes it draws nothing from the seeded stream, so adding it changed no other value.
enum SyntheticDistance {
    /// Miles, to one decimal.
    static func miles(from home: String, to placement: String) -> Double {
        let band = self.band(from: home, to: placement)
        let fraction = Double(hash(home + "→" + placement) % 1_000) / 1_000
        return ((band.lowerBound + fraction * (band.upperBound - band.lowerBound)) * 10).rounded() / 10
    }

    static func band(from home: String, to placement: String) -> ClosedRange<Double> {
        let homeArea = area(of: home), placementArea = area(of: placement)
        if outward(of: home) == outward(of: placement) { return 0.5...4 }
        if homeArea == placementArea { return 2...14 }
        // A neighbouring area: often just over the border, sometimes across the next county.
        if PostcodeArea.clusters.contains(where: { $0.contains(homeArea) && $0.contains(placementArea) }) {
            return 6...26
        }
        return 60...260
    }

    static func outward(of postcode: String) -> Substring { postcode.prefix { $0 != " " } }
    static func area(of postcode: String) -> String { String(postcode.prefix { $0.isLetter }) }

    /// FNV-1a: the same on every machine and run (Swift's own hashing is seeded per process).
    static func hash(_ text: String) -> UInt64 {
        var h: UInt64 = 0xcbf29ce484222325
        for byte in text.utf8 { h = (h ^ UInt64(byte)) &* 0x100000001b3 }
        return h
    }
}
