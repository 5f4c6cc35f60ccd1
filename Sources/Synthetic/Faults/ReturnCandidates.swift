import CareModel

/// The rows of one yearly return that can take each kind of fault, drawn without replacement. A row takes
/// at most one fault (and a repeated row is not faulty otherwise), so each fault is reported on its own row.
struct ReturnCandidates {
    /// The return's header rows (children) and episode rows, in file order.
    let children: [Child]
    let episodes: [Episode]
    /// For each kind (in `FaultKind.allCases` order), pools of row indexes: a later pool is drawn from
    /// only when those before it are spent.
    private var pools: [[[Int]]]
    private var usedEpisodes = Set<Int>()
    private var usedHeaders = Set<Int>()
    /// Each child's 18th birthday, by CHILD.
    private let eighteenth: [String: Day]

    init(children: [Child], episodes: [Episode]) {
        self.children = children
        self.episodes = episodes
        let eighteenth = Dictionary(
            children.map { ($0.id, $0.eighteenthBirthday) }, uniquingKeysWith: { first, _ in first })
        self.eighteenth = eighteenth
        pools = Self.tiers(children: children, episodes: episodes, eighteenth: eighteenth)
    }

    private static func tiers(children: [Child], episodes: [Episode], eighteenth: [String: Day]) -> [[[Int]]] {
        // DEC before DECOM: first the shape real returns have (the RNE L row of a child who turned 18),
        // then other legal status changes, then any episode that has ended.
        var turnedEighteen: [Int] = [], legal: [Int] = [], ended: [Int] = []
        for (row, episode) in episodes.enumerated() where episode.end != nil {
            if episode.reasonNew != .l {
                ended.append(row)
            } else if birthdayReached(episode, eighteenth) != nil {
                turnedEighteen.append(row)
            } else {
                legal.append(row)
            }
        }
        let everyEpisode = Array(episodes.indices)
        return FaultKind.allCases.map { kind -> [[Int]] in
            switch kind {
            case .endsBeforeStart: [turnedEighteen, legal, ended]
            case .unknownCode, .duplicateRow: [everyEpisode]
            case .bornAfterEpisode: [Array(children.indices)]
            }
        }
    }

    /// The child's 18th birthday when the episode ends on or after it, else `nil`.
    private static func birthdayReached(_ episode: Episode, _ eighteenth: [String: Day]) -> Day? {
        guard let end = episode.end, let birthday = eighteenth[episode.childID], birthday <= end else { return nil }
        return birthday
    }

    /// A row for a fault of `kind` that no other fault has taken (a header row for a DOB, an episode row
    /// otherwise), or `nil` when the return has none left.
    mutating func draw(_ kind: FaultKind, random: inout SeededRandom) -> Int? {
        let k = FaultKind.allCases.firstIndex(of: kind)!
        for tier in pools[k].indices {
            while !pools[k][tier].isEmpty {
                let pick = random.int(in: 0...(pools[k][tier].count - 1))
                let row = pools[k][tier][pick]
                pools[k][tier].swapAt(pick, pools[k][tier].count - 1)
                pools[k][tier].removeLast()
                let fresh =
                    kind == .bornAfterEpisode ? usedHeaders.insert(row).inserted : usedEpisodes.insert(row).inserted
                if fresh { return row }
            }
        }
        return nil
    }

    /// The change that puts a fault of `kind` into `row` (as drawn by `draw`).
    func edit(_ kind: FaultKind, row: Int, random: inout SeededRandom) -> FaultEdit {
        switch kind {
        case .endsBeforeStart:
            let episode = episodes[row]
            // Only an RNE L row is the legal-status-change shape the note describes.
            let birthday = episode.reasonNew == .l ? Self.birthdayReached(episode, eighteenth) : nil
            return FaultEdit.decBeforeDecom(episode, row: row, turnedEighteen: birthday, random: &random)
        case .unknownCode:
            return FaultEdit.unknownCode(episodes[row], row: row, random: &random)
        case .duplicateRow:
            return FaultEdit.repeated(episodes[row], row: row)
        case .bornAfterEpisode:
            let child = children[row]
            // Episodes are sorted by child, then DECOM, and every child in a return has one.
            let firstStart = episodes.first(where: { $0.childID == child.id })!.start
            return FaultEdit.dobAfterStart(child, firstStart: firstStart, row: row, random: &random)
        }
    }
}
