import CareModel
import Forecasting
import Hummingbird
import Storage

extension HearthWebApp {
    /// The overview as a reader with `disclosure` may see it, for the group of children `query` asks for
    /// (`sex`, `uasc`, `age-band`; everyone when none is given). A value that is not one of the choices is
    /// shown back on the filter form with status 400, never quietly read as "every child". The counts are
    /// kept while the data stands, not the page, so every role's page is made afresh from the same counts and
    /// no role is ever served a page made for another.
    func overview(_ query: [String: String], _ disclosure: Disclosure) async throws -> HTMLPage {
        if scope == .noAuthority { return HTMLPage.noAuthority }
        let (group, problems) = ChildGroup.parsed(from: query, names: .form)
        guard problems.isEmpty else { return OverviewPage.refusal(query, problems) }
        guard
            var overview = try await keptWhileDataStands(
                .overview(on: today(), group), { try await overviewCounts(group) })
        else { return HTMLPage.noData("show") }
        overview.disclosure = disclosure
        return overview.page
    }

    /// The overview's counts on the data date, of `group`'s children only (each counted by their age and
    /// UASC status on the day), as every role's page starts from them; `nil` with no data. The data date is
    /// that of every child, so a group's page and everyone's describe the same day.
    func overviewCounts(_ group: ChildGroup = .everyone) async throws -> OverviewPage? {
        let histories = try await records.histories(authorities: nil)
        guard let date = CareSummary.dataDate(of: histories, today: today()) else { return nil }
        let authorities = Array(Set(histories.map(\.authority))).sorted()
        let flows = CareSummary.flows(
            of: histories, from: date.startOfMonth.adding(months: -11), through: date, in: group)
        let members = group.isEveryone ? histories : histories.filter { group.includes($0.child, on: date) }
        let uasc = group.uascPart.map { CareSummary.stock(of: members, on: date, in: $0) } ?? []
        return OverviewPage(
            date: date, authorities: authorities, stock: CareSummary.stock(of: members, on: date),
            flows: flows, distance: CareSummary.distanceFromHome(of: members, on: date), group: group,
            uascInCare: uasc.reduce(0) { $0 + $1.children })
    }
}
