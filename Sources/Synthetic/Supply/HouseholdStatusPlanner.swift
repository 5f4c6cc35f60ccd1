import CareModel

/// The changes in households' status over the years: carers resigning some time after their last child
/// leaves (retiring, moving to an agency, becoming a child's special guardian), and now and then a spell
/// on hold (illness, a holiday, a bedroom needed for their own family) or under review after a LADO
/// referral. A hold only covers places no child is in, a review only days with no child there, and a
/// household resigns only once it has no child and never has one again.
struct HouseholdStatusPlanner: Sendable {
    let dataEnd: Day

    /// Historic holds and reviews end this many days before the data end, leaving the last months to
    /// `VacancyBalance`.
    static let historicMargin = 200

    /// Resignations, then the earlier holds and reviews, for every household.
    func plan(_ households: inout [HouseholdDraft], random: inout SeededRandom) {
        for i in households.indices {
            resign(&households[i], random: &random)
            addHistoricStatus(&households[i], random: &random)
        }
    }

    /// Connected carers leave fostering after their child moves on (the day after an SGO is made to them);
    /// other carers once they have gone half a year without a child, or now and then sooner.
    func resign(_ household: inout HouseholdDraft, random: inout SeededRandom) {
        guard let last = household.spells.lastDay, last <= dataEnd.ordinal,
            let lastPlacement = household.placements.max(by: { $0.spell.upperBound < $1.spell.upperBound })
        else { return }
        let idle = dataEnd.ordinal - last
        let gap: Int
        var reason: HouseholdStatusReason = .sgoConversion
        if household.scheme == .connected {
            gap = lastPlacement.endedInGuardianship ? 1 : random.int(in: 14...120)
            if !lastPlacement.endedInGuardianship {
                reason = random.pick([(.personalCircumstances, 60.0), (.other, 40)])
            }
        } else {
            guard idle > 180 || (idle > 45 && random.chance(0.1)) else { return }
            gap = random.int(in: 30...min(365, idle))
            if !lastPlacement.endedInGuardianship { reason = HouseholdStatusPlanner.leaving(random: &random) }
        }
        guard last + gap <= dataEnd.ordinal else { return }
        household.statuses.append(
            HouseholdStatusChange(day: Day(ordinal: last + gap), status: .resigned, reason: reason))
    }

    /// Why mainstream and specialist carers leave, in about the proportions councils report.
    static func leaving(random: inout SeededRandom) -> HouseholdStatusReason {
        random.pick([
            (.retirement, 35.0), (.personalCircumstances, 25), (.movedToIFA, 15), (.practiceConcerns, 5),
            (.other, 10),
        ])
    }

    /// About one household in ten has had a spell on hold, and one in thirty one under review.
    func addHistoricStatus(_ household: inout HouseholdDraft, random: inout SeededRandom) {
        guard household.scheme != .connected else { return }
        let from = household.approved.ordinal + 30
        let limit = min(
            household.resigned.map { $0.ordinal - 2 } ?? Int.max,
            dataEnd.ordinal - HouseholdStatusPlanner.historicMargin)
        guard limit - from > 120 else { return }
        let u = random.unit()
        if u < 0.10 {
            hold(&household, within: from...limit, random: &random)
        } else if u < 0.135 {
            review(&household, within: from...limit, random: &random)
        }
    }

    /// Places no child is in put on hold for a while, then approved again.
    func hold(_ household: inout HouseholdDraft, within days: ClosedRange<Int>, random: inout SeededRandom) {
        let reason: HouseholdStatusReason = random.pick([
            (.illness, 30.0), (.holiday, 20), (.familyCommitments, 15), (.bereavement, 10), (.safeguarding, 10),
            (.noBedroom, 15),
        ])
        let length = HouseholdStatusPlanner.holdLength(reason, random: &random)
        guard days.count > length + 1 else { return }
        let start = random.int(in: days.lowerBound...(days.upperBound - length))
        let free = household.places - household.spells.peak(during: start...(start + length - 1))
        guard free > 0 else { return }
        household.statuses.append(
            HouseholdStatusChange(
                day: Day(ordinal: start), status: .onHold, reason: reason,
                placesOnHold: reason == .noBedroom ? 1 : free))
        household.statuses.append(HouseholdStatusChange(day: Day(ordinal: start + length), status: .approved))
        household.statuses.sort { $0.day < $1.day }
    }

    /// How long a hold lasts, in days.
    static func holdLength(_ reason: HouseholdStatusReason, random: inout SeededRandom) -> Int {
        switch reason {
        case .holiday: random.int(in: 7...21)
        case .illness: random.int(in: 14...120)
        case .bereavement: random.int(in: 14...60)
        case .safeguarding: random.int(in: 30...120)
        case .noBedroom: random.int(in: 60...365)
        default: random.int(in: 30...180)
        }
    }

    /// A review (after a LADO referral, or an annual review that raised concerns) while no child is there.
    func review(_ household: inout HouseholdDraft, within days: ClosedRange<Int>, random: inout SeededRandom) {
        let stretches = household.spells.idleStretches(within: days, minimum: 45)
        guard !stretches.isEmpty else { return }
        let stretch = random.element(of: stretches)
        let length = random.int(in: 28...min(120, stretch.count - 1))
        let start = random.int(in: stretch.lowerBound...(stretch.upperBound - length))
        let reason: HouseholdStatusReason = random.chance(0.7) ? .lado : .annualReview
        household.statuses.append(HouseholdStatusChange(day: Day(ordinal: start), status: .underReview, reason: reason))
        household.statuses.append(HouseholdStatusChange(day: Day(ordinal: start + length), status: .approved))
        household.statuses.sort { $0.day < $1.day }
    }
}
