/// The upload form, filled in with what was sent and with each field's problem beside it (GOV.UK style).
extension DataUpload {
    func form(csrfToken: String) -> Node {
        .form(
            .method("post"), .action(Route.upload.path), .enctype("multipart/form-data"),
            .class("stacked-form upload-form"),
            .input(.type("hidden"), .name("csrf_token"), .value(csrfToken)),
            kindField,
            textField(
                "authority", label: "Authority", value: authority, type: "text",
                hint: "The council's DfE code, like 879: needed when the files have no LA column. Left empty: "
                    + "the authority already in Hearth, if there is just one."),
            textField(
                "as_at", label: "Costs accrued to (S251 layout only)", value: asAtText, type: "date",
                hint: "For a costs register in the S251 layout: the last day its accrued costs cover, "
                    + "like 2025-03-31."),
            .label(.for("files"), "Files"),
            .p(
                .class("hint"), .id("files-hint"),
                "CSV or XML, up to \(FormFields.maximumUploadBytes / 1024 / 1024) MB in all."),
            errorMessage("files"),
            .input(
                .type("file"), .id("files"), .name("files"), .multiple,
                .accept(".csv,.xml,text/csv,text/xml,application/xml"), .ariaDescribedBy(describedBy("files"))),
            setAsideField,
            .button(.type("submit"), "Check and import"))
    }

    /// SSDA903 only: import what is valid and set aside the rows that break a rule (historic returns already
    /// sent to the DfE cannot be corrected, and ten bad rows must not keep six years out).
    var setAsideField: Node {
        .div(
            .class("checkbox"),
            .input(
                .type("checkbox"), .id("set_aside_invalid"), .name("set_aside_invalid"), .value("yes"),
                .if(setsAsideInvalid, .checked), .ariaDescribedBy("set_aside_invalid-hint")),
            .label(.for("set_aside_invalid"), "Set aside rows with errors and import the rest (SSDA903 returns)"),
            .p(
                .class("hint"), .id("set_aside_invalid-hint"),
                .text(
                    "Each row that breaks a rule is left out and listed below for correction; a problem with a "
                        + "whole file still stops the import.")))
    }

    /// Radios for the kind; the first has the id `kind` so the error summary can link to it.
    var kindField: Node {
        .fieldset(
            .ariaDescribedBy(describedBy("kind")),
            .legend("What do the files hold?"),
            .p(
                .class("hint"), .id("kind-hint"),
                "Every file is checked first; if anything is wrong, every problem is listed and nothing is saved."),
            errorMessage("kind"),
            .forEach(Kind.allCases.indices) { index in radio(Kind.allCases[index], isFirst: index == 0) })
    }

    /// One kind's radio, with its label and hint.
    func radio(_ choice: Kind, isFirst: Bool) -> Node {
        let id = isFirst ? "kind" : "kind-\(choice.rawValue)", hint = "kind-\(choice.rawValue)-hint"
        return .div(
            .class("radio"),
            .input(
                .type("radio"), .id(id), .name("kind"), .value(choice.rawValue), .if(kind == choice, .checked),
                .ariaDescribedBy(hint)),
            .label(.for(id), .text(choice.label)),
            .p(.class("hint"), .id(hint), .text(choice.hint)))
    }

    func textField(_ name: String, label: String, value: String, type: String, hint: String) -> Node {
        .group([
            .label(.for(name), .text(label)),
            .p(.class("hint"), .id("\(name)-hint"), .text(hint)),
            errorMessage(name),
            .input(
                .type(type), .id(name), .name(name), .value(value), .ariaDescribedBy(describedBy(name)),
                .if(type == "text", .spellcheck("false")), .if(type == "text", .size("12"))),
        ])
    }

    /// The ids a field is described by: its hint, and its error message when it has one.
    func describedBy(_ field: String) -> String {
        "\(field)-hint" + (problem(for: field) == nil ? "" : " \(field)-error")
    }

    func errorMessage(_ field: String) -> Node {
        guard let message = problem(for: field) else { return .empty }
        return .p(
            .class("error-message"), .id("\(field)-error"), .span(.class("visually-hidden"), "Error: "),
            .text(message))
    }
}
