import CareModel

/// The council's programmes and its children's plans in them, consistent with its children and its costs
/// register: a plan is only for a child in a placement the programme works with on the day it was
/// identified, and is achieved only when the register shows the child moving as the programme intends.
///
/// Built from the finished costs register and returns, from a random stream of its own (seeded from the
/// settings' seed and the authority), so adding it changed no return, price, budget or supply.
struct SyntheticProgrammes: Sendable {
    var programmes: [Programme]
    /// Every programme's plans, programme by programme, each in the order it was identified.
    var plans: [ProgrammePlan]

    static let stream: UInt64 = 0xF3_0000

    /// What an authority's simulation has made, which the programmes are built around.
    struct Inputs: Sendable {
        var profile: AuthorityProfile
        var settings: SyntheticRegion.Settings
        var costs: [PlacementCostRow]
        var histories: [ChildHistory]
    }

    /// STEPs, Right Child Right Care and reunification in every council; step-forward in about two in three.
    static func build(_ inputs: Inputs) -> SyntheticProgrammes {
        var random = SeededRandom(seed: inputs.settings.seed, stream: stream + UInt64(inputs.profile.index))
        let records = ChildPlacements.gather(costs: inputs.costs, histories: inputs.histories)
        let window = inputs.settings.window
        let designs = ProgrammeDesign.allCases.filter { $0 != .stepForward || random.chance(0.7) }
        var taken = Set<String>()
        var result = SyntheticProgrammes(programmes: [], plans: [])
        for design in designs {
            let cohort = ProgrammeCohort(design: design, authority: inputs.profile.code, window: window)
            let drafts = cohort.plans(records, scale: inputs.profile.scale, taken: &taken, random: &random)
            let targets = savingsTargets(drafts, dataEnd: window.upperBound, random: &random)
            result.programmes.append(
                Programme(
                    authority: inputs.profile.code, id: design.id, name: design.name, kind: design.kind,
                    savingsTargets: targets))
            result.plans += drafts.map(\.plan)
        }
        return result
    }

    /// The savings lines for the financial year holding the data end and the next, each 70–90% of the
    /// plans' full-year saving, to the nearest £1,000.
    static func savingsTargets(_ drafts: [PlanDraft], dataEnd: Day, random: inout SeededRandom)
        -> [SavingsTarget]
    {
        let saving = drafts.reduce(Money.zero) { $0 + $1.fullYearSaving }
        let current = FinancialYear(containing: dataEnd)
        return [current, FinancialYear(current.startYear + 1)].map { year in
            let pounds = Double(saving.pence) * random.double(in: 0.70...0.90) / 100
            let thousands = Int64((pounds / 1_000).rounded())
            return SavingsTarget(year: year, amount: Money(pounds: thousands * 1_000))
        }
    }
}
