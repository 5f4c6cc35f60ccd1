import CareModel

extension Sex {
    /// SEX as the return for `year` codes it: 1 and 2 until 2023-24, M, F and U from 2024-25.
    public func returnCode(in year: FinancialYear) -> String {
        guard year.startYear < 2024 else { return code }
        switch self {
        case .male: return "1"
        case .female: return "2"
        case .unknown: return "U"
        }
    }
}
