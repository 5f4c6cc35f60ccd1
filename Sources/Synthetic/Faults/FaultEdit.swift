import CareModel

/// One planned change to one row of a generated return file, made when the file is rewritten.
struct FaultEdit: Sendable {
    var kind: FaultKind
    /// The data row in the file as generated, from 0.
    var index: Int
    /// The column changed; `nil` for a duplicate row, which writes the whole row again.
    var column: String?
    /// The new value of `column`.
    var value: String
    var child: String
    var note: String

    /// PLACE codes that are not in the DfE list, of the kind case management systems let through.
    static let unknownPlacements = ["R4", "U7", "K4", "H4", "P4"]
    /// LS codes that are not in the DfE list ("Z9" is what some systems write for "not known").
    static let unknownLegalStatuses = ["Z9", "V1", "C3"]

    /// DEC set 1 to 28 days before DECOM. `turnedEighteen`: the child's 18th birthday, when the row is the
    /// RNE L row of a child who turned 18, the shape real returns have this fault in.
    static func decBeforeDecom(
        _ episode: Episode, row: Int, turnedEighteen: Day?,
        random: inout SeededRandom
    ) -> FaultEdit {
        let dec = episode.start.adding(days: -random.int(in: 1...28))
        let shape = turnedEighteen.map { "RNE L row of a child who turned 18 on \($0.ukNumeric): " } ?? ""
        let was = episode.end?.ukNumeric ?? "blank"
        return FaultEdit(
            kind: .endsBeforeStart, index: row, column: "DEC", value: dec.ukNumeric, child: episode.childID,
            note: "\(shape)DEC set to \(dec.ukNumeric), before DECOM \(episode.start.ukNumeric) (was \(was))")
    }

    /// A PLACE (three times in five) or LS code that is not in the DfE code list.
    static func unknownCode(_ episode: Episode, row: Int, random: inout SeededRandom) -> FaultEdit {
        let placement = random.chance(0.6)
        let column = placement ? "PLACE" : "LS"
        let code = random.element(of: placement ? unknownPlacements : unknownLegalStatuses)
        let was = placement ? episode.place.code : episode.legalStatus.code
        return FaultEdit(
            kind: .unknownCode, index: row, column: column, value: code, child: episode.childID,
            note: "\(column) '\(code)' is not in the DfE code list (was \(was))")
    }

    /// The row written twice, the copy straight after it.
    static func repeated(_ episode: Episode, row: Int) -> FaultEdit {
        FaultEdit(
            kind: .duplicateRow, index: row, column: nil, value: "", child: episode.childID,
            note: "the episode starting \(episode.start.ukNumeric) written twice: this row repeats the row above; "
                + "not reported by Hearth's SSDA903 reader today (the import keeps one copy and counts a "
                + "duplicate DECOM)")
    }

    /// DOB set 1 to 180 days after the start of the child's first episode in the return.
    static func dobAfterStart(_ child: Child, firstStart: Day, row: Int, random: inout SeededRandom) -> FaultEdit {
        let dob = firstStart.adding(days: random.int(in: 1...180))
        return FaultEdit(
            kind: .bornAfterEpisode, index: row, column: "DOB", value: dob.ukNumeric, child: child.id,
            note: "DOB set to \(dob.ukNumeric), after DECOM \(firstStart.ukNumeric) of the child's first episode "
                + "in this return's episodes.csv (was \(child.dateOfBirth.ukNumeric)); not reported by Hearth's "
                + "SSDA903 reader today (it checks each file's rows on their own)")
    }
}
