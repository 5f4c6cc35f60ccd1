import CareModel
import CouncilTasks

/// The build form as GOV.UK lays one out, with no script: the name, then a fieldset per kind of lever
/// (its checkbox and its fields, each labelled with what to enter), each problem beside its field and the
/// error summary linking to it by its id. "Run" posts to /scenarios/run (nothing saved); "Save", the
/// form's second button, posts the same fields to /scenarios (`formaction`).
extension ScenarioForm {
    /// The fields that take a whole number, for a numeric keypad on a phone.
    static let wholeNumbers: Set<LeverField> = [
        .households, .places, .beds, .ramp, .delay, .spread, .highest, .perMonth,
    ]

    /// The form posting to `address`'s run and save with the session's token.
    func html(_ address: ScenarioAddress, csrfToken: String, problems: [Problem]) -> Node {
        .form(
            .method("post"), .action(address.run), .class("stacked-form projection-form"), .novalidate,
            .input(.type("hidden"), .name("csrf_token"), .value(csrfToken)),
            Self.textField(
                "name", label: "Name", value: name,
                hint: "A short title, like ‘Recruit 12 foster households’: never a child's name. Saving under the "
                    + "name of a saved scenario replaces it.", problems),
            .forEach(LeverKind.allCases) { leverFieldset($0, problems) },
            .p(
                .class("hint"),
                .text(
                    "Run shows what the scenario would do, without saving it. Save keeps it under its name, writes "
                        + "that to the audit log and shows it with its likely range.")),
            .button(.type("submit"), "Run"), " ",
            .button(.type("submit"), .attribute(.address("formaction", address.save)), "Save"))
    }

    /// One kind of lever: its checkbox, then a text field for each of its fields, required ones first.
    func leverFieldset(_ kind: LeverKind, _ problems: [Problem]) -> Node {
        .fieldset(
            .legend(.text(kind.label)),
            useBox(kind, problems),
            .forEach(kind.fields) { field in
                Self.textField(
                    Self.fieldName(kind, field), label: field.hint, value: value(kind, field), hint: nil, problems,
                    numeric: Self.wholeNumbers.contains(field))
            })
    }

    /// "Use this lever", ticked when the lever was chosen.
    func useBox(_ kind: LeverKind, _ problems: [Problem]) -> Node {
        let name = Self.useName(kind)
        return QueryFormFields.group(name, problems) { error in
            .group([
                error ?? .empty,
                .div(
                    .class("choice"),
                    .input(
                        .type("checkbox"), .id(name), .name(name), .value(Self.used),
                        .if(usedKinds.contains(kind), .checked), .if(error != nil, .ariaDescribedBy("\(name)-error"))),
                    .label(
                        .for(name), "Use this lever", .span(.class("visually-hidden"), .text(": \(kind.label)")))),
            ])
        }
    }

    /// A labelled text input, with its hint under the label when it has one (id `<name>-hint`) and its
    /// problem when it has one.
    static func textField(
        _ name: String, label: String, value: String, hint: String?, _ problems: [Problem], numeric: Bool = false
    ) -> Node {
        QueryFormFields.group(name, problems) { error in
            let described = (hint == nil ? [] : ["\(name)-hint"]) + (error == nil ? [] : ["\(name)-error"])
            return .group([
                .label(.for(name), .text(label)),
                hint.map { Node.p(.class("hint"), .id("\(name)-hint"), .text($0)) } ?? .empty,
                error ?? .empty,
                .input(
                    .type("text"), .id(name), .name(name), .value(value), .if(numeric, .inputmode("numeric")),
                    .if(!described.isEmpty, .ariaDescribedBy(described.joined(separator: " "))),
                    .if(name == "name", .maxlength("\(nameLength)")), .spellcheck("false")),
            ])
        }
    }
}
