import CareModel

/// One child as simulated: who they are and every episode of every period of care.
struct SimulatedChild: Sendable {
    var id: String
    var sex: Sex
    var dateOfBirth: Day
    var ethnicity: Ethnicity
    /// The unique pupil number the child has once at school (before then the header says UN1).
    var upn: String
    /// MC_DOB: the birth of the child's own baby, for the few young mothers in care.
    var babyBorn: Day?
    var episodes: [SimulatedEpisode]

    /// Draws a child entering care for the first time on `entry`: age at entry as in DfE statistics
    /// (under 1 about 19%, 1–4 13%, 5–9 16%, 10–15 36%, 16 and over 16%).
    static func entering(on entry: Day, id: String, random: inout SeededRandom) -> SimulatedChild {
        let band = random.pick([(0, 19.0), (1, 13), (5, 16), (10, 36), (16, 16)])
        let ageDays: Int
        switch band {
        case 0: ageDays = random.chance(0.4) ? random.int(in: 0...7) : random.int(in: 8...364)
        case 1: ageDays = random.int(in: 366...1_825)
        case 5: ageDays = random.int(in: 1_827...3_652)
        case 10: ageDays = random.int(in: 3_654...5_843)
        default: ageDays = random.int(in: 5_845...6_480)
        }
        let sex: Sex = random.chance(0.56) ? .male : .female
        let ethnicity = random.pick(ethnicities)
        let upn = String(random.element(of: Array("ABCDEFGHJKLMNPQRTUVWXYZ"))) + digits(12, random: &random)
        return SimulatedChild(
            id: id, sex: sex, dateOfBirth: entry.adding(days: -ageDays), ethnicity: ethnicity,
            upn: upn, babyBorn: nil, episodes: [])
    }

    /// Ethnicity of children looked after, roughly as in DfE statistics.
    static let ethnicities: [(Ethnicity, Double)] = [
        (.wbri, 70), (.wiri, 0.5), (.woth, 4), (.wirt, 0.5), (.wrom, 0.7), (.mwbc, 3), (.mwba, 1.2), (.mwas, 1.2),
        (.moth, 3), (.aind, 0.6), (.apkn, 1.2), (.aban, 0.5), (.aoth, 1.2), (.bcrb, 1.3), (.bafr, 3.5), (.both, 1),
        (.chne, 0.1), (.ooth, 3), (.refu, 0.2), (.nobt, 0.3),
    ]

    static func digits(_ count: Int, random: inout SeededRandom) -> String {
        var text = ""
        for _ in 0..<count { text.append(Character(Unicode.Scalar(UInt8(48 + random.int(in: 0...9))))) }
        return text
    }

    /// Whether the child came as an unaccompanied asylum seeker: about half the boys first looked after at 14
    /// or over, so that, as in England, about one child in twelve in care is UASC. Told from the child's ID
    /// rather than drawn, so adding it changed no other draw of the simulation. The status ends at 18.
    var uasc: UASCStatus? {
        guard sex == .male, let first = episodes.first?.episode.start, dateOfBirth.age(on: first) >= 14 else {
            return nil
        }
        var hash: UInt32 = 2_166_136_261
        for byte in id.utf8 { hash = (hash ^ UInt32(byte)) &* 16_777_619 }
        return hash % 100 < 50 ? UASCStatus(ceased: dateOfBirth.birthday(18)) : nil
    }

    var firstDay: Day { episodes[0].episode.start }
    var lastDay: Day { episodes[episodes.count - 1].episode.end! }
}
