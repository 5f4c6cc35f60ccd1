import CareModel

/// The council's own supply of places beside its returns and costs: its foster households (mainstream,
/// connected and specialist), its children's homes and block contract, its recruitment of new foster
/// carers, and which household or home each placement in the costs register is with.
///
/// Built after everything else, from the finished costs register and returns, and drawn from random streams
/// of its own (one each for households, homes and recruitment, seeded from the settings' seed and the
/// authority), so adding it changed no return, price, budget or expected stock.
struct SyntheticSupply: Sendable {
    var households: [Household]
    var homes: [ChildrensHome]
    var recruitmentEvents: [RecruitmentEvent]
    /// The household or home each placement is with, for the costs register's `carer` column.
    var carers: [PlacementKey: String]

    static let householdStream: UInt64 = 0xF0_0000
    static let homeStream: UInt64 = 0xF1_0000
    static let recruitmentStream: UInt64 = 0xF2_0000

    /// What an authority's simulation has made, which supply is built around.
    struct Inputs: Sendable {
        var profile: AuthorityProfile
        var settings: SyntheticRegion.Settings
        var own: OwnProvision
        var costs: [PlacementCostRow]
        var histories: [ChildHistory]
        var providers: [Provider]

        func random(_ stream: UInt64) -> SeededRandom {
            SeededRandom(seed: settings.seed, stream: stream + UInt64(profile.index))
        }
    }

    static func build(_ inputs: Inputs) -> SyntheticSupply {
        let window = inputs.settings.window
        let placements = SupplyPlacement.gather(
            inputs.costs, facts: ReturnFacts(inputs.histories), dataEnd: window.upperBound)
        let (households, fostered) = fostering(placements, inputs: inputs)
        var homeRandom = inputs.random(homeStream)
        let council = CouncilHomes(profile: inputs.profile, own: inputs.own, window: window)
            .build(placements, random: &homeRandom)
        let block = BlockContract(profile: inputs.profile, window: window)
            .build(placements, providers: inputs.providers, random: &homeRandom)
        var recruitmentRandom = inputs.random(recruitmentStream)
        let events = RecruitmentPipeline.events(profile: inputs.profile, window: window, random: &recruitmentRandom)
        return SyntheticSupply(
            households: households, homes: council.homes + [block.home], recruitmentEvents: events,
            carers: fostered.merging(council.carers) { a, _ in a }.merging(block.carers) { a, _ in a })
    }

    /// The foster households, sorted by reference, and the household of each foster placement.
    static func fostering(_ placements: [SupplyPlacement], inputs: Inputs)
        -> (households: [Household], carers: [PlacementKey: String])
    {
        let dataEnd = inputs.settings.window.upperBound
        var random = inputs.random(householdStream)
        var matching = FosterMatching(scale: inputs.profile.scale)
        matching.match(placements, random: &random)
        var drafts = matching.households
        HouseholdStatusPlanner(dataEnd: dataEnd).plan(&drafts, random: &random)
        VacancyBalance(dataEnd: dataEnd).balance(&drafts, random: &random)
        HouseholdDraft.number(&drafts)
        let details = HouseholdDetails(authority: inputs.profile.code, postcodes: inputs.profile.postcodes)
        var households = drafts.map { details.household($0, random: &random) }.sorted { $0.id < $1.id }
        Mockingbird.assign(&households, dataEnd: dataEnd, scale: inputs.profile.scale, random: &random)
        var carers: [PlacementKey: String] = [:]
        for draft in drafts {
            for placement in draft.placements { carers[placement.key] = draft.id }
        }
        return (households, carers)
    }

    /// Writes each placement's household or home into its price rows.
    func assignCarers(to costs: inout [PlacementCostRow]) {
        for i in costs.indices {
            costs[i].carer = carers[PlacementKey(child: costs[i].child, start: costs[i].placementStart)]
        }
    }
}
