import CareModel

/// A read the store keeps while the data stands, one case per kind of read: the key's parts are typed,
/// so two places that mean the same read make the same key and no two reads can collide.
enum StoredRead: Hashable, Sendable {
    case authorities
    /// Histories of these authorities, or of all when `nil`.
    case histories(Set<AuthorityCode>?)
    case costs(AuthorityCode)
    case budgetPlan(AuthorityCode, FinancialYear)
    case closedForecast(AuthorityCode, Period)
    case closedPeriods(AuthorityCode)
    /// The supply registers of these authorities, or of all when `nil`.
    case households(Set<AuthorityCode>?)
    case childrensHomes(Set<AuthorityCode>?)
    case recruitmentEvents(Set<AuthorityCode>?)
    /// The programmes, and the children's plans in them, of these authorities, or of all when `nil`.
    case programmes(Set<AuthorityCode>?)
    case programmePlans(Set<AuthorityCode>?)
    /// The saved scenarios of these authorities, or of all when `nil`; one of them by its id.
    case scenarios(Set<AuthorityCode>?)
    case scenario(Int, Set<AuthorityCode>?)
}
