import CareModel
import Forecasting

extension ProgrammePage {
    static let planHeads = [
        "Plan", "Child", "Status", "Target date", "Weekly saving", "In-year saving", "Realised to date",
    ]

    /// Every plan of the programme, by reference: its child (linking to the child's record), status (with a
    /// prompt when the costs register shows a move the plan does not), target date (and the first one, when
    /// it has moved) and savings.
    var plansSection: Node {
        guard !savings.plans.isEmpty else {
            return .group([.h2("Plans"), .p("The programme has no plans yet.")])
        }
        let caption = "Plans of \(programme.name) on \(savings.asOf.long)"
        return .group([
            .h2("Plans"),
            .p(
                .class("hint"),
                .text(
                    "Open a plan to see its homes, dates, savings and status history; placements officers, managers "
                        + "and administrators can change it there. A plan whose child the costs register shows moving, "
                        + "but which is not marked achieved, says so.")),
            .tableRegion(
                caption,
                .table(
                    .caption(.text(caption)),
                    .thead(
                        .tr(
                            .forEach(Self.planHeads.indices) { i in
                                .th(.scope("col"), .if(i >= 4, .class("numeric")), .text(Self.planHeads[i]))
                            })),
                    .tbody(.forEach(savings.plans) { planRow($0) }))),
        ])
    }

    func planRow(_ saving: PlanSaving) -> Node {
        let plan = saving.plan
        return .tr(
            .th(.scope("row"), .a(.href(address.plan(plan.id)), .text(plan.id))),
            .td(.a(.href(ChildrenPage.link(plan.childKey)), .text(plan.child))),
            .td(.text(saving.status.label), Self.moveFlag(saving).map(Self.flag) ?? .empty),
            .td(.text(plan.targetDate.long), Self.moved(plan).map(Self.aside) ?? .empty),
            .td(.class("numeric"), .text(saving.currentWeekly == nil ? "–" : saving.weeklySaving.formatted)),
            .td(.class("numeric"), .text(ProgrammeNumbers.pounds(saving.anticipated.inYear))),
            .td(.class("numeric"), .text(ProgrammeNumbers.pounds(saving.realisedToDate))))
    }

    /// A prompt on a line of its own in a cell.
    static func flag(_ text: String) -> Node { .group([.br(), .strong(.text(text))]) }

    /// A note on a line of its own in a cell.
    static func aside(_ text: String) -> Node { .group([.br(), .span(.class("hint"), .text(text))]) }

    /// "The costs register shows a move on 3 March 2025: update the plan", when it shows the child moving and
    /// the plan is neither achieved nor out of scope; `nil` otherwise.
    static func moveFlag(_ saving: PlanSaving) -> String? {
        guard saving.moveNotRecorded, let move = saving.move else { return nil }
        return "The costs register shows a move on \(move.day.long): update the plan"
    }

    /// "slipped from 1 October 2024" (or "brought forward from …") when the target date is not the first one
    /// agreed; `nil` when it is.
    static func moved(_ plan: ProgrammePlan) -> String? {
        guard plan.targetDate != plan.firstTargetDate else { return nil }
        let how = plan.targetDate > plan.firstTargetDate ? "slipped" : "brought forward"
        return "\(how) from \(plan.firstTargetDate.long)"
    }
}
