extension BinaryInteger {
    /// "12,345" — the number with thousands separators, for people.
    public var grouped: String {
        let digits = String(self.magnitude)
        var out = self < 0 ? "-" : ""
        for (i, ch) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(ch)
        }
        return out
    }
}
