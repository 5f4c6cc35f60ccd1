/// How a provider is registered, which decides which budget line and which scrutiny a placement gets.
public enum RegistrationStatus: String, Sendable, Hashable, Codable, CaseIterable {
    case ofsted = "ofsted"
    case cqc = "cqc"
    case unregistered = "unregistered"

    public var label: String {
        switch self {
        case .ofsted: "Ofsted-registered"
        case .cqc: "CQC-registered"
        case .unregistered: "Unregistered"
        }
    }

    /// Accepts the stored code or the label ("Ofsted-registered", "CQC", "unregistered", …).
    public init?(text: some StringProtocol) {
        let t = Substring(text).trimmingSpaces.lowercased()
        if t.hasPrefix("ofsted") {
            self = .ofsted
        } else if t.hasPrefix("cqc") {
            self = .cqc
        } else if t.hasPrefix("unreg") || t == "none" {
            self = .unregistered
        } else {
            return nil
        }
    }
}

/// An organisation or service that provides homes for children: a children's home, a fostering
/// agency, a supported accommodation provider, or the council's own service.
public struct Provider: Hashable, Sendable, Codable {
    /// Ofsted unique reference number ("SC123456" for a home, seven digits for an agency); `nil` when unregistered.
    public var urn: String?
    public var name: String
    public var registration: RegistrationStatus
    public var providerType: PlacementProvider
    public var postcode: String?

    public init(
        urn: String?, name: String, registration: RegistrationStatus, providerType: PlacementProvider,
        postcode: String?
    ) {
        self.urn = urn
        self.name = name
        self.registration = registration
        self.providerType = providerType
        self.postcode = postcode
    }

    /// Whether `text` has the shape of an Ofsted URN: `SC` and six digits, or seven digits.
    public static func isWellFormedURN(_ text: String) -> Bool {
        let chars = Array(text.uppercased())
        if chars.count == 8, chars[0] == "S", chars[1] == "C" { return chars[2...].allSatisfy(\.isASCIIDigit) }
        return chars.count == 7 && chars.allSatisfy(\.isASCIIDigit)
    }
}
