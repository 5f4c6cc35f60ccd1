import CareModel

/// The council's children's homes: one for each home the simulation placed children in (its Ofsted URN,
/// name and address as in `providers.csv`), registered years before its first child in the costs register
/// and with beds for the most children it ever had at once (three to five, or more when it needed them);
/// and a new home planned to open about six months after the data ends, its registration applied for.
struct CouncilHomes: Sendable {
    let profile: AuthorityProfile
    let own: OwnProvision
    let window: ClosedRange<Day>

    /// The homes, with the home each of `placements` (the council-home ones) is in.
    func build(_ placements: [SupplyPlacement], random: inout SeededRandom)
        -> (homes: [ChildrensHome], carers: [PlacementKey: String])
    {
        var homes: [ChildrensHome] = []
        var carers: [PlacementKey: String] = [:]
        for (i, provider) in own.homes.enumerated() {
            let id = "HOME-\(i + 1)"
            var spells = CareSpells()
            for placement in placements where placement.setting == .councilHome && placement.urn == provider.urn {
                spells.add(placement.spell)
                carers[placement.key] = id
            }
            let firstChild = min(spells.firstDay ?? window.lowerBound.ordinal, window.lowerBound.ordinal)
            homes.append(
                ChildrensHome(
                    authority: profile.code, id: id, name: provider.name, kind: .council,
                    beds: max(spells.busiest, random.int(in: 3...5)), urn: provider.urn,
                    registered: Day(ordinal: firstChild - random.int(in: 180...3_650)), postcode: provider.postcode))
        }
        homes.append(planned(number: own.homes.count + 1, random: &random))
        return (homes, carers)
    }

    /// The next home, named the way the council's homes are, planned to open about six months after the data
    /// ends: registration applied for, no URN yet.
    func planned(number: Int, random: inout SeededRandom) -> ChildrensHome {
        let trees = ProviderNames.trees
        let tree = trees[(profile.index * 7 + (number - 1) * 11) % trees.count]
        return ChildrensHome(
            authority: profile.code, id: "HOME-\(number)", name: "\(tree) House (\(profile.name) Council)",
            kind: .council, beds: random.int(in: 3...5),
            plannedOpening: window.upperBound.adding(days: random.int(in: 160...200)),
            registrationStage: "application submitted", postcode: profile.postcodes.postcode(.home, random: &random))
    }
}
