import CareModel
import CouncilTasks
import Forecasting

/// One child's plan in a programme: the child, the home they were in when the plan was identified and its
/// weekly cost, where they are to go and at what cost, the dates, the one-off cost and the owner; its
/// saving at the three horizons, slippage and what has been realised; its status history; and, for a role
/// that may change it, the form (`PlanForm`). A change that cannot be made comes back as this page with the
/// form as it was typed, the problem beside its field and status 422; one that was saved comes back with a
/// banner saying so.
struct PlanPage {
    typealias Problem = QueryFormFields.Problem

    var programme: ProgrammeSavings
    var saving: PlanSaving
    /// The child's home on the day the plan was identified, from the costs register; `nil` when it has none.
    var current: PlacementCost?
    var address: ProgrammeAddress
    /// The form, for a role that may change the plan; `nil` for one that may only read it.
    var form: PlanForm?
    var csrfToken = ""
    var problems: [Problem] = []
    /// Whether the page follows a change just saved.
    var changed = false

    var plan: ProgrammePlan { saving.plan }
    var heading: String { "Plan \(plan.id)" }

    var page: HTMLPage {
        HTMLPage(
            title: problems.isEmpty ? heading : "Error: \(heading)",
            body: .group([
                .if(!problems.isEmpty, QueryFormFields.errorSummary(problems)),
                .if(changed && problems.isEmpty, banner),
                .p(
                    .a(
                        .href(address.programme(programme.programme.id)), .class("back-link"),
                        .text("Back to \(programme.programme.name)"))),
                .h1(.text(heading)),
                .p(.class("lede"), .text(lede)),
                ProgrammePage.moveFlag(saving).map { Node.p(.strong(.text("\($0)."))) } ?? .empty,
                details,
                savingsSection,
                historySection,
                formSection,
            ]),
            status: problems.isEmpty ? .ok : .unprocessableContent)
    }

    /// "Child C0042 in STEPs step-down: searching, target date 15 January 2025."
    var lede: String {
        "Child \(plan.child) in \(programme.programme.name): \(saving.status.label.lowercased()), target date "
            + "\(plan.targetDate.long)."
    }

    /// The change just saved, said where a screen reader hears it.
    var banner: Node {
        .div(
            .class("confirmation"), .role("status"),
            .p(.text("Your change to plan \(plan.id) was saved and written to the audit log.")))
    }

    /// Who, where from, where to, when, at what cost and who leads it.
    var details: Node {
        .dl(.class("summary-list"), who, homes, dates)
    }

    var who: Node {
        .group([
            .dt("Child"), .dd(.a(.href(ChildrenPage.link(plan.childKey)), .text(plan.child))),
            .dt("Programme"), .dd(.a(.href(address.programme(plan.programme)), .text(programme.programme.name))),
            .dt("Status"), .dd(.text("\(saving.status.label) (\(saving.cohort.label.lowercased()))")),
            .dt("Owner"), .dd(.text(plan.owner ?? "Not recorded")),
        ])
    }

    var homes: Node {
        .group([
            .dt("Home when identified"), .dd(.text(currentHome)),
            .dt("Its net weekly cost"), .dd(.text(saving.currentWeekly?.formatted ?? "Not known")),
            .dt("Moving to"), .dd(.text(plan.destination.label)),
            .dt("Expected weekly cost there"), .dd(.text(plan.targetWeekly.formatted)),
            .dt("Weekly saving"), .dd(.text(weeklySaving)),
            .dt("One-off cost of the move"), .dd(.text(oneOffCost)),
        ])
    }

    var dates: Node {
        .group([
            .dt("Identified"), .dd(.text(plan.identified.long)),
            .dt("Target date"),
            .dd(.text(plan.targetDate.long), ProgrammePage.moved(plan).map(ProgrammePage.aside) ?? .empty),
            .dt("Moved"), .dd(.text(moved)),
        ])
    }

    var weeklySaving: String { saving.currentWeekly == nil ? "Not known" : saving.weeklySaving.formatted }

    var oneOffCost: String { plan.oneOffCost == .zero ? "None" : plan.oneOffCost.formatted }

    /// "External residential, Oak House", or why there is none.
    var currentHome: String {
        guard let current else {
            return "The costs register has no placement open on \(plan.identified.long), so no saving can be claimed"
        }
        let kind = current.category?.label ?? "Kind of home not known"
        return current.providerLabel.map { "\(kind), \($0)" } ?? kind
    }

    /// "3 March 2025, to a home costing £850.00 a week", or "Not yet, as the costs register shows".
    var moved: String {
        guard let move = saving.move else { return "Not yet, as the costs register shows" }
        guard move.newPlacement != nil, let weekly = saving.newWeekly else {
            return "\(move.day.long), leaving care"
        }
        return "\(move.day.long), to a home costing \(weekly.formatted) a week"
    }
}
