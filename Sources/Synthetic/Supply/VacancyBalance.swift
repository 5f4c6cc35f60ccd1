import CareModel

/// Brings the places free on the data end day to what councils report, about a tenth to a fifth of their
/// places: when matching has left more free, some carers have places on hold in the last months (those
/// longest without a child first: illness, family commitments, a bedroom needed); when it has left fewer,
/// carers approved in the last months are still waiting for their first child.
struct VacancyBalance: Sendable {
    let dataEnd: Day
    static let lowest = 0.10, highest = 0.20

    func balance(_ households: inout [HouseholdDraft], random: inout SeededRandom) {
        let target = random.double(in: 0.12...0.18)
        var (places, vacant) = totals(households)
        if Double(vacant) > VacancyBalance.highest * Double(places) {
            let excess = vacant - Int((target * Double(places)).rounded())
            holdPlaces(excess, in: &households, random: &random)
        } else if Double(vacant) < VacancyBalance.lowest * Double(places) {
            while Double(vacant) < target * Double(places) {
                let added: Int = random.pick([(1, 20.0), (2, 55), (3, 25)])
                let approved = dataEnd.adding(days: -random.int(in: 7...150))
                households.append(HouseholdDraft(scheme: .mainstream, places: added, approved: approved))
                places += added
                vacant += added
            }
        }
    }

    /// Places of households active on the data end, and those with no child in them that day.
    func totals(_ households: [HouseholdDraft]) -> (places: Int, vacant: Int) {
        var places = 0, vacant = 0
        for household in households where household.isActive(on: dataEnd) {
            places += household.places
            vacant += max(0, household.places - household.spells.count(on: dataEnd.ordinal))
        }
        return (places, vacant)
    }

    /// Puts `excess` free places on hold from some weeks before the data end, in households without a
    /// child for longest first; a hold only covers places free all that time.
    func holdPlaces(_ excess: Int, in households: inout [HouseholdDraft], random: inout SeededRandom) {
        var remaining = excess
        let day = dataEnd.ordinal
        let order = households.indices
            .filter { households[$0].scheme != .connected && households[$0].isActive(on: dataEnd) }
            .sorted { (households[$0].spells.lastDay ?? day, $0) < (households[$1].spells.lastDay ?? day, $1) }
        for i in order where remaining > 0 {
            let from = day - random.int(in: 14...150)
            guard from > households[i].approved.ordinal else { continue }
            let free = households[i].places - households[i].spells.peak(during: from...day)
            guard free > 0 else { continue }
            let held = min(free, remaining)
            let reason = VacancyBalance.reason(wholeHousehold: held == households[i].places, random: &random)
            households[i].statuses.append(
                HouseholdStatusChange(day: Day(ordinal: from), status: .onHold, reason: reason, placesOnHold: held))
            remaining -= held
        }
    }

    /// Why a household's places are on hold: the whole household (illness, a safeguarding process), or
    /// some of its places (a bedroom needed for the carers' own family).
    static func reason(wholeHousehold: Bool, random: inout SeededRandom) -> HouseholdStatusReason {
        if wholeHousehold {
            return random.pick([(.illness, 35.0), (.familyCommitments, 30), (.bereavement, 15), (.safeguarding, 20)])
        }
        return random.pick([(.noBedroom, 60.0), (.familyCommitments, 40)])
    }
}
