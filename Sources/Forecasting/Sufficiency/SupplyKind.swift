import CareModel

/// The council's own kinds of home that the sufficiency gap compares with demand. The external market (agency
/// foster carers, private and voluntary children's homes) is not supply: it is where a shortfall goes.
public enum SupplyKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// Connected-person (kinship) foster carers.
    case kinship
    /// The council's own mainstream and specialist foster carers.
    case inHouseFostering = "in-house-fostering"
    /// Beds in the council's own children's homes and in block contracts.
    case councilResidential = "council-residential"

    public var label: String {
        switch self {
        case .kinship: "Kinship foster care"
        case .inHouseFostering: "In-house foster care"
        case .councilResidential: "Council and block residential beds"
        }
    }

    /// Where a shortfall of this kind is placed instead, and so what it is priced at.
    public var shortfallGoesTo: String {
        switch self {
        case .kinship, .inHouseFostering: "independent fostering agencies"
        case .councilResidential: "external children's homes"
        }
    }
}
