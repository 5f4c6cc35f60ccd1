import CareModel
import CouncilTasks
import Forecasting
import Foundation

/// The Scenarios page: the authority's saved what-ifs — each one's levers in sentences, who saved it and
/// when — with a form to choose one to four of them to compare against the baseline, a delete button each
/// and, for the roles that may build scenarios, the form to build one from the council's levers and run it
/// or save it. A build that cannot be run or saved comes back as this page with the form as typed, the
/// problem beside its field and status 422.
struct ScenariosPage {
    typealias Problem = QueryFormFields.Problem

    var address: ScenarioAddress
    var authorities: [AuthorityCode]
    var saved: [StoredScenario]
    /// Whether the reader may see children's references in a lever that names them.
    var namesChildren: Bool
    /// The build form as typed, for a role that may build scenarios; `nil` for one that may only read them.
    var form: ScenarioForm?
    var csrfToken = ""
    var problems: [Problem] = []
    /// Whether the page follows a scenario just deleted.
    var deleted = false

    static let heading = "Scenarios"

    var page: HTMLPage {
        HTMLPage(
            title: problems.isEmpty ? Self.heading : "Error: \(Self.heading)",
            body: .group([
                .if(!problems.isEmpty, QueryFormFields.errorSummary(problems)),
                .if(deleted && problems.isEmpty, Self.deletedBanner),
                .h1(.text(Self.heading)),
                .p(.class("lede"), .text(lede)),
                ScenarioChoice.authorityForm(authorities: authorities, la: address.authority, problems: []),
                savedSection,
                buildSection,
            ]),
            status: problems.isEmpty ? .ok : .unprocessableContent)
    }

    /// "What if authority 990 recruited foster carers, opened a home or stepped children down? 3 saved scenarios."
    var lede: String {
        let count = saved.count == 1 ? "1 saved scenario" : "\(saved.count.grouped) saved scenarios"
        return "What would it cost authority \(address.authority) if it recruited foster carers, opened its own "
            + "home, bought a block of beds or stepped children down? \(count)."
    }

    static let deletedBanner = Node.div(
        .class("confirmation"), .role("status"),
        .p("The scenario was deleted, and the deletion written to the audit log."))

    /// The saved scenarios and the form to compare them, or, with none saved, what a scenario is.
    var savedSection: Node {
        .group([.h2("Saved scenarios"), saved.isEmpty ? emptyState : .group([savedTable, compareForm])])
    }

    /// No saved scenarios: say so, say what one is, and how to make one.
    var emptyState: Node {
        let how: Node =
            form == nil
            ? .p("Placements officers, managers, finance and administrators can build and save them.")
            : .p("Build one with the form below, or on the command line with ", .code("hearth scenario save"), ".")
        return .group([
            .p(
                .text(
                    "Authority \(address.authority) has no saved scenarios yet. A scenario is a set of levers — "
                        + "recruit foster households, open a children's home, buy a block contract, step children "
                        + "down from residential care, change entries into care or prices — priced month by month "
                        + "against the projection of what happens if nothing changes.")),
            how,
        ])
    }

    static let savedHeads = ["Scenario", "Levers", "Saved by", "Saved on"]

    /// Each saved scenario: its name (opening it on its own), its levers, who saved it and when, and, for a
    /// role that may, a button to delete it.
    var savedTable: Node {
        let caption = "Saved scenarios of authority \(address.authority)"
        let heads = Self.savedHeads + (form == nil ? [] : ["Delete"])
        return .tableRegion(
            caption,
            .table(
                .caption(.text(caption)),
                .thead(.tr(.forEach(heads) { .th(.scope("col"), .text($0)) })),
                .tbody(.forEach(saved) { savedRow($0) })))
    }

    func savedRow(_ stored: StoredScenario) -> Node {
        .tr(
            .th(.scope("row"), .a(.href(address.compare([stored.id])), .text(stored.scenario.name))),
            .td(
                .ul(
                    .class("list"),
                    .forEach(stored.scenario.levers) {
                        .li(.text(ScenarioWording.summary($0, namesChildren: namesChildren)))
                    })),
            .td(.text(stored.owner)),
            .td(.text(DataPage.time(stored.savedAt))),
            .if(form != nil, .td(deleteForm(stored))))
    }

    /// A button that deletes the scenario (POST, with the session's token).
    func deleteForm(_ stored: StoredScenario) -> Node {
        .form(
            .method("post"), .action(address.delete),
            .input(.type("hidden"), .name("csrf_token"), .value(csrfToken)),
            .input(.type("hidden"), .name("id"), .value(String(stored.id))),
            .button(
                .type("submit"), "Delete", .span(.class("visually-hidden"), .text(" ‘\(stored.scenario.name)’"))))
    }

    /// One to four saved scenarios, ticked, to compare: a GET form, so a comparison has an address.
    var compareForm: Node {
        ScenarioChoice.form(saved: saved, address: address, chosen: [], problems: [])
    }

    /// The build form, for a role that may build scenarios.
    var buildSection: Node {
        guard let form else { return .empty }
        return .group([
            .h2("Build a scenario"),
            .p(
                .text(
                    "Tick the levers to pull and fill in their fields: one of each kind at most. Dates are written "
                        + "YYYY-MM-DD and money in pounds. Each lever is priced against the projection from the day "
                        + "the data ends, for 24 months.")),
            form.html(address, csrfToken: csrfToken, problems: problems),
        ])
    }
}
