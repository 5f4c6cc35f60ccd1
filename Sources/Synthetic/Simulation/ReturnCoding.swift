import CareModel

/// How a simulated child and episode are written in the return for one collection year, as a council's
/// case management system would: only that year's valid codes, and what was not yet known left blank.
enum ReturnCoding {
    /// Whether the episode belongs in the year's return: it started by 31 March and had not ended
    /// before 1 April.
    static func overlaps(_ episode: Episode, _ year: FinancialYear) -> Bool {
        episode.start <= year.last && (episode.end.map { $0 >= year.first } ?? true)
    }

    /// The episode as the year's return shows it. An episode still open on 31 March has no DEC, REC or
    /// reason for change yet. Supported accommodation (H5, P2) is K3 from 2024-25, when the setting had
    /// to be registered, so it then carries the provider's URN; the retired Z1 becomes Z13 from 2025-26,
    /// which takes no provider.
    static func episode(_ simulated: SimulatedEpisode, in year: FinancialYear) -> Episode {
        var e = simulated.episode
        if let end = e.end, end > year.last {
            e.end = nil
            e.reasonEnded = nil
            e.reasonPlaceChange = nil
        }
        if year.startYear >= 2024, e.place == .h5 || e.place == .p2 {
            e.place = .k3
            e.urn = simulated.provider?.urn ?? EpisodeAssembly.noURN
        }
        if year.startYear >= 2025, e.place == .z1 {
            e.place = .z13
            e.provider = nil
        }
        return e
    }

    /// The last return an episode appears in: the year it ended, or the last year when it ended later.
    static func latestYear(of episode: Episode, last: FinancialYear) -> FinancialYear {
        guard let end = episode.end else { return last }
        return min(FinancialYear(containing: end), last)
    }

    /// The child's header in the year's return: UN1 for a child too young to have a pupil number;
    /// MOTHER recorded for girls aged 12 and over (1 once her baby is born, with MC_DOB).
    static func child(_ simulated: SimulatedChild, in year: FinancialYear) -> Child {
        let ageAtEnd = simulated.dateOfBirth.age(on: year.last)
        var child = Child(
            id: simulated.id, sex: simulated.sex, dateOfBirth: simulated.dateOfBirth,
            ethnicity: simulated.ethnicity, upn: ageAtEnd < 5 ? "UN1" : simulated.upn, uasc: simulated.uasc)
        if simulated.sex == .female && ageAtEnd >= 12 {
            let born = simulated.babyBorn.flatMap { $0 <= year.last ? $0 : nil }
            child.isMother = born != nil
            child.motherChildDateOfBirth = born
        }
        return child
    }
}
