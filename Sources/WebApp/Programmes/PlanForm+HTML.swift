import CareModel

/// The plan's form as GOV.UK lays one out, with no script: each field with its label, hint and (when it
/// has one) its problem beside it, the error summary linking to it by its id.
extension PlanForm {
    /// The form posting to `action` with the session's token; `current` is the plan's status now.
    func html(action: String, csrfToken: String, current: PlanStatus, problems: [Problem]) -> Node {
        .form(
            .method("post"), .action(action), .class("stacked-form projection-form"), .novalidate,
            .input(.type("hidden"), .name("csrf_token"), .value(csrfToken)),
            statusField(current: current, problems),
            field(
                "from", label: "New status applies from", type: "date", value: from,
                hint: "A date like 2025-06-01, on or after the last change. Leave it empty for today.", problems),
            field(
                "reason", label: "Reason", type: "text", value: reason,
                hint: "Why the plan is on hold or no longer in scope: needed for those two, up to 200 characters.",
                problems),
            field(
                "target-date", label: "Target date", type: "date", value: targetDate,
                hint: "When the child is now expected to move. The first target date is kept, so slippage is "
                    + "still measured from it.", problems),
            field(
                "owner", label: "Owner", type: "text", value: owner,
                hint: "The team or role leading the plan, never a person's or child's name. Leave it empty for none.",
                problems),
            .button(.type("submit"), "Save the change"))
    }

    /// The status select: "No new status" first, then every status in the order plans move through them.
    /// Each option has an id, so a test (or the browser walk) can choose one by it.
    func statusField(current: PlanStatus, _ problems: [Problem]) -> Node {
        QueryFormFields.group("status", problems) { error in
            .group([
                .label(.for("status"), "New status"),
                .p(
                    .class("hint"), .id("status-hint"),
                    .text("Now \(current.label.lowercased()). Leave it to change only the target date or owner.")),
                error ?? .empty,
                .select(
                    .id("status"), .name("status"), .ariaDescribedBy(Self.describedBy("status", error)),
                    .option(.id("status-none"), .value(""), .if(status.isEmpty, .selected), "No new status"),
                    .forEach(PlanStatus.allCases) { choice in
                        .option(
                            .id("status-\(choice.rawValue)"), .value(choice.rawValue),
                            .if(status == choice.rawValue, .selected), .text(choice.label))
                    }),
            ])
        }
    }

    /// A labelled input (`type` text or date) with its hint under the label (id `<name>-hint`).
    func field(
        _ name: String, label: String, type: String, value: String, hint: String, _ problems: [Problem]
    ) -> Node {
        QueryFormFields.group(name, problems) { error in
            .group([
                .label(.for(name), .text(label)),
                .p(.class("hint"), .id("\(name)-hint"), .text(hint)),
                error ?? .empty,
                .input(
                    .type(type), .id(name), .name(name), .value(value),
                    .ariaDescribedBy(Self.describedBy(name, error)), .if(name == "reason", .maxlength("200")),
                    .if(name == "owner", .maxlength("\(Self.ownerLength)"))),
            ])
        }
    }

    /// The ids a field is described by: its hint, and its error message when it has one.
    static func describedBy(_ field: String, _ error: Node?) -> String {
        "\(field)-hint" + (error == nil ? "" : " \(field)-error")
    }
}
