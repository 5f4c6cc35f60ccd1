import CareModel

/// What the sufficiency gap is worked out from: the projected demand for each month, how it splits between
/// the council's own homes and the market, the council's own places now and how they are expected to change,
/// and the market prices a shortfall is paid at. Built from the data by the council-tasks layer; pure here.
public struct SufficiencyInputs: Sendable, Hashable {
    /// The month ends projected, oldest first.
    public var months: [Day]
    /// Expected children fostered and in residential care on each month end (the demand projection's
    /// Fostering and Residential categories), indexed like `months`.
    public var fosteringDemand: [Double]
    public var residentialDemand: [Double]
    /// Shares of fostering demand met by kinship and by in-house carers (the rest is agency fostering), and
    /// of residential demand that the council's own and block beds are meant to meet.
    public var kinshipShare: Double
    public var inHouseShare: Double
    public var councilResidentialShare: Double
    /// Usable places now (approved, not on hold): kinship and in-house (mainstream and specialist) carers.
    public var kinshipPlaces: Int
    public var inHousePlaces: Int
    /// Expected approvals of new in-house households in each month (the pipeline forecast), and the places
    /// a newly approved household brings on average.
    public var expectedApprovals: [Double]
    public var placesPerApproval: Double
    /// The share of in-house places lost to resignations each month (the observed yearly rate ÷ 12).
    public var monthlyResignationRate: Double
    /// Council and block beds usable on each month end (homes opening, with the registration-delay
    /// allowance; block contracts ending).
    public var councilBeds: [Int]
    /// What a child placed in the market instead costs a week: the average agency foster placement and the
    /// average external children's home placement in the costs register.
    public var agencyFosteringWeekly: Money
    public var externalResidentialWeekly: Money

    public init(
        months: [Day], fosteringDemand: [Double], residentialDemand: [Double], kinshipShare: Double,
        inHouseShare: Double, councilResidentialShare: Double, kinshipPlaces: Int, inHousePlaces: Int,
        expectedApprovals: [Double], placesPerApproval: Double, monthlyResignationRate: Double,
        councilBeds: [Int], agencyFosteringWeekly: Money, externalResidentialWeekly: Money
    ) {
        self.months = months
        self.fosteringDemand = fosteringDemand
        self.residentialDemand = residentialDemand
        self.kinshipShare = kinshipShare
        self.inHouseShare = inHouseShare
        self.councilResidentialShare = councilResidentialShare
        self.kinshipPlaces = kinshipPlaces
        self.inHousePlaces = inHousePlaces
        self.expectedApprovals = expectedApprovals
        self.placesPerApproval = placesPerApproval
        self.monthlyResignationRate = monthlyResignationRate
        self.councilBeds = councilBeds
        self.agencyFosteringWeekly = agencyFosteringWeekly
        self.externalResidentialWeekly = externalResidentialWeekly
    }
}
