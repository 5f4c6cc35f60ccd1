import CareModel

extension BudgetPage {
    /// A number of children, or "fewer than 6" where the reader may not see it.
    static func count(_ children: Int, _ shown: Bool) -> String {
        shown ? children.grouped : SmallNumbers.fewer
    }

    /// An amount in £m ("–" when there is none), or "not shown" where the reader may not see it.
    static func millions(_ amount: Money?, _ shown: Bool) -> String {
        guard let amount else { return "–" }
        return shown ? amount.millions : SmallNumbers.notShown
    }
}
