import CareModel

/// A record's identity in a supply register: the council and its reference for the household, home or
/// prospect. References are the council's own, so two councils in one file may use the same one.
struct RegisterKey: Hashable, Sendable {
    var authority: AuthorityCode
    var id: String
}
