import CareModel

/// An authority's programmes and plans together: what a programme import replaces, and what its import version
/// keeps (as JSON) for undo to put back.
struct StoredProgrammeRegister: Codable, Sendable, Equatable {
    var programmes: [Programme]
    var plans: [ProgrammePlan]

    static let empty = StoredProgrammeRegister(programmes: [], plans: [])

    var isEmpty: Bool { programmes.isEmpty && plans.isEmpty }
}

extension StoredProgrammeRegister {
    /// Refuses a register holding another authority's programme or plan, or a plan naming a programme the
    /// register does not hold, before anything is written.
    func check(authority: AuthorityCode) throws {
        try SQLSupplyRepository.refuseStrangers(
            programmes, authority: authority, "programme", owner: \.authority, reference: \.id)
        try SQLSupplyRepository.refuseStrangers(
            plans, authority: authority, "plan", owner: \.authority, reference: \.id)
        let known = Set(programmes.map(\.id))
        if let orphan = plans.first(where: { !known.contains($0.programme) }) {
            throw StorageError.saveFailed(
                reason: "plan \(orphan.id) is in programme \(orphan.programme), which is not among authority "
                    + "\(authority)'s programmes")
        }
    }

    /// "2 programmes and 14 plans".
    var counted: String {
        "\(programmes.count) programme\(programmes.count == 1 ? "" : "s") and "
            + "\(plans.count) plan\(plans.count == 1 ? "" : "s")"
    }
}
