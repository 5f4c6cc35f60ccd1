import CareModel

/// People enquiring about fostering for the council and going through assessment, day by day over the
/// years of the returns: about 10 enquiries a month in a typical authority (fewer in smaller ones), so that about
/// 15 households a year are approved — roughly the households a council of ~100 loses each year, with a
/// January peak after the new-year campaigns and a dip in the summer holidays (June to August about 60% of
/// the average month). Each prospect goes on or withdraws at every stage (`ProspectJourney`). Events after
/// the data end are left out, as they have not happened yet.
enum RecruitmentPipeline {
    static let enquiriesPerMonth = 10.0

    /// Enquiries by calendar month (January first), averaging 1.
    static let monthFactors: [Double] = {
        let raw = [1.3, 1.15, 1.1, 1.05, 1.05, 0.6, 0.6, 0.6, 1.15, 1.1, 1.05, 0.8]
        let mean = raw.reduce(0, +) / 12
        return raw.map { $0 / mean }
    }()

    /// Every event of every prospect enquiring within `window`, by day, then prospect, then stage.
    static func events(profile: AuthorityProfile, window: ClosedRange<Day>, random: inout SeededRandom)
        -> [RecruitmentEvent]
    {
        let perDay = enquiriesPerMonth * 12 / 365.25 * profile.scale
        var numbers: [Int: Int] = [:]
        var events: [RecruitmentEvent] = []
        for ordinal in window.lowerBound.ordinal...window.upperBound.ordinal {
            let day = Day(ordinal: ordinal)
            for _ in 0..<random.poisson(mean: perDay * monthFactors[day.month - 1]) {
                numbers[day.year, default: 0] += 1
                let journey = ProspectJourney.events(
                    authority: profile.code, prospect: prospect(year: day.year, number: numbers[day.year]!),
                    enquiry: day, random: &random)
                events += journey.filter { $0.day <= window.upperBound }
            }
        }
        return events.sorted { ($0.day, $0.prospect, $0.stage) < ($1.day, $1.prospect, $1.stage) }
    }

    /// "ENQ-2024-031": the year of the enquiry and its number in that year.
    static func prospect(year: Int, number: Int) -> String {
        let digits = String(number)
        return "ENQ-\(year)-" + String(repeating: "0", count: max(0, 3 - digits.count)) + digits
    }
}
