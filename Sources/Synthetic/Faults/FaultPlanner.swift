import CareModel

/// Chooses where `--inject-errors` puts its faults: the kinds in turn (DEC before DECOM, an unknown code, a
/// duplicate row, a DOB after an episode starts, then again), each in a yearly return drawn at random from
/// every authority's returns, at a row drawn at random from those the kind can go in.
///
/// The draws come from a stream of their own, so the simulation's draws, and the files without faults,
/// are the same whether or not faults are injected. The draws for the first faults do not depend on how
/// many are asked for, so asking for fewer gives a prefix of the same faults, and when the rows run out the
/// number placed so far is exactly the most that fit.
struct FaultPlanner {
    /// The stream the fault draws come from; the simulation's streams are below 0xE0_0000.
    static let stream: UInt64 = 0xE0_0000

    private let region: SyntheticRegion
    private var random: SeededRandom
    /// Every yearly return of every authority: the authority's index and the year.
    private let returns: [(authority: Int, year: FinancialYear)]
    /// Each return's candidate rows, made the first time a fault is drawn there.
    private var candidates: [ReturnCandidates?]
    /// For each kind (in `FaultKind.allCases` order), the returns that may still have a row for it.
    private var open: [[Int]]

    init(region: SyntheticRegion) {
        self.region = region
        random = SeededRandom(seed: region.settings.seed, stream: FaultPlanner.stream)
        let returns = region.authorities.indices.flatMap { a in
            region.authorities[a].returnYears.map { (authority: a, year: $0) }
        }
        self.returns = returns
        candidates = Array(repeating: nil, count: returns.count)
        open = FaultKind.allCases.map { _ in Array(returns.indices) }
    }

    /// The changes for `count` faults, by return file path relative to the output folder.
    ///
    /// - Throws: `tooManyInjectedErrors` when the returns run out of rows for a kind of fault.
    mutating func plan(_ count: Int) throws(SyntheticError) -> [String: [FaultEdit]] {
        var edits: [String: [FaultEdit]] = [:]
        let kinds = FaultKind.allCases
        for placed in 0..<count {
            let kind = kinds[placed % kinds.count]
            guard let found = next(kind) else { throw .tooManyInjectedErrors(asked: count, room: placed) }
            edits[path(of: found.slot, kind), default: []].append(found.edit)
        }
        return edits
    }

    /// A fault of `kind` in a return that still has a row for it; `nil` when none has.
    private mutating func next(_ kind: FaultKind) -> (slot: Int, edit: FaultEdit)? {
        let k = FaultKind.allCases.firstIndex(of: kind)!
        while !open[k].isEmpty {
            let pick = random.int(in: 0...(open[k].count - 1))
            let slot = open[k][pick]
            // Taken out while drawing, so its pools are not shared with the array and change in place.
            var rows = candidates[slot] ?? contents(of: slot)
            candidates[slot] = nil
            defer { candidates[slot] = rows }
            if let row = rows.draw(kind, random: &random) {
                return (slot, rows.edit(kind, row: row, random: &random))
            }
            open[k].swapAt(pick, open[k].count - 1)
            open[k].removeLast()
        }
        return nil
    }

    private func contents(of slot: Int) -> ReturnCandidates {
        let (children, episodes) = region.authorities[returns[slot].authority].returnContents(for: returns[slot].year)
        return ReturnCandidates(children: children, episodes: episodes)
    }

    /// `990/2023/header.csv` for a DOB, `990/2023/episodes.csv` for the other kinds (as `files()` names them).
    private func path(of slot: Int, _ kind: FaultKind) -> String {
        let (authority, year) = returns[slot]
        let table = kind == .bornAfterEpisode ? "header" : "episodes"
        return "\(region.authorities[authority].code)/\(year.endYear)/\(table).csv"
    }
}
