/// A code from one of the SSDA903 code lists. Every list is an enum whose raw value is the code as
/// written in the return, so `init(code:)` and `code` round-trip exactly.
public protocol SSDA903Code: RawRepresentable, CaseIterable, Hashable, Sendable, Codable
where RawValue == String {
    /// The DfE wording for the code (abridged where long).
    var label: String { get }
    /// The field name in the return, used in error messages ("PLACE", "LS", …).
    static var fieldName: String { get }
}

extension SSDA903Code {
    /// Reads a code as it appears in a file; surrounding spaces are ignored and case is not significant.
    public init?(code: some StringProtocol) {
        let trimmed = Substring(code).trimmingSpaces
        if let exact = Self(rawValue: String(trimmed)) { self = exact; return }
        guard let upper = Self(rawValue: trimmed.uppercased()) else { return nil }
        self = upper
    }

    public var code: String { rawValue }

    /// All codes of the list, for error messages ("expected one of …").
    public static var codeList: String { allCases.map(\.rawValue).joined(separator: ", ") }
}
