import CareModel

/// The budget lines of the seed report, as written in placement cost files: the names of
/// `BudgetLineSet.standard`, whose rules the monitor uses.
public enum BudgetLineName {
    public static let externalResidential = "External Residential"
    public static let unregistered = "Unregistered"
    public static let externalFostering = "External Fostering (IFA)"
    public static let inHouseFoster = "In-House Foster Care"
    public static let connectedCarers = "In-House Connected Carers"
    public static let supportedLiving = "External Supported Living"
    public static let other = "Other Placement Settings"

    /// Every line in the seed report's order.
    public static let all = BudgetLineSet.standard.lines.map(\.name)
}
