import CareModel

/// Counts episodes whose PLACE code DfE did not accept in the episode's collection year (H5 and P2
/// after they were withdrawn, K3 before 2024-25, Z1 after 2024-25, …). Late or corrected returns
/// legitimately carry such codes, and the category mapping still places them, so they are warnings
/// rather than errors.
struct PlacementCodeWarnings: Sendable {
    private var counts: [PlacementType: Int] = [:]

    /// The collection year an episode is judged in: its return's year (from the file's name or folders,
    /// else its latest episode date), otherwise the year its DECOM falls in (the year the code was recorded).
    static func collectionYear(of episode: Episode, returnYear: Int?) -> FinancialYear {
        returnYear.map(FinancialYear.ending) ?? FinancialYear(containing: episode.start)
    }

    /// Adds another file's counts (files are read in parallel, then joined).
    mutating func add(_ other: PlacementCodeWarnings) {
        counts.merge(other.counts, uniquingKeysWith: +)
    }

    mutating func check(_ episode: Episode, returnYear: Int?) {
        let year = Self.collectionYear(of: episode, returnYear: returnYear)
        if !episode.place.isValid(in: year) { counts[episode.place, default: 0] += 1 }
    }

    /// One sentence per code, in code order.
    var messages: [String] {
        counts.keys.sorted { $0.rawValue < $1.rawValue }.map { place in
            let n = counts[place]!
            let episodes = n == 1 ? "1 episode uses" : "\(n) episodes use"
            return "\(episodes) PLACE \(place.code) in a collection year when DfE did not accept it "
                + "(\(validity(of: place))); kept and counted as \(category(of: place))"
        }
    }

    private func validity(of place: PlacementType) -> String {
        switch place.validYears {
        case (let from?, nil): "valid from \(FinancialYear(from).label)"
        case (nil, let through?): "valid up to \(FinancialYear(through).label)"
        case (let from?, let through?): "valid \(FinancialYear(from).label) to \(FinancialYear(through).label)"
        case (nil, nil): "valid in every year"
        }
    }

    private func category(of place: PlacementType) -> String {
        // The category does not depend on the year today; any provider gives the same group label.
        PlacementCategory(place: place, provider: nil, year: FinancialYear(2024)).group.label
    }
}
