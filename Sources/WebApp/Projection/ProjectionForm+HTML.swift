import CareModel
import Forecasting

extension ProjectionForm {
    /// The form as GOV.UK lays one out: a group per question, hints, and each problem beside its field
    /// (the error summary above links here by the field's id). A GET form, so a projection has an address.
    func html(authorities: [AuthorityCode], problems: [Problem]) -> Node {
        .form(
            .method("get"), .action(Route.projection.path), .class("stacked-form projection-form"), .novalidate,
            methodField(problems),
            byDurationField(problems),
            .fieldset(
                .legend("Reference window: the rates are those seen between these dates"),
                .p(
                    .class("hint"), .id("window-hint"),
                    "For example, 2023-04-01. Leave empty for the whole of the data."),
                textField("reference-start", label: "From", value: referenceStart, hint: "window-hint", problems),
                textField("reference-end", label: "To", value: referenceEnd, hint: "window-hint", problems)),
            textField(
                "months", label: "Months to project", value: months, hint: "months-hint", problems, numeric: true,
                hintText: "From 1 to 48 months after the data ends."),
            .if(authorities.count > 1, authorityField(authorities, problems)),
            groupFieldset(problems),
            pricesFieldset(problems),
            .div(
                .class("choice"),
                .input(.type("checkbox"), .id("seasonal"), .name("seasonal"), .value("yes"), .if(seasonal, .checked)),
                .label(
                    .for("seasonal"),
                    "Seasonal entries: more children enter care in the months that did in the reference window")),
            .button(.type("submit"), "Project"))
    }

    /// Stock-and-flow or Monte-Carlo, as radios.
    func methodField(_ problems: [Problem]) -> Node {
        group("method", problems) { error in
            .fieldset(
                .if(error != nil, .ariaDescribedBy("method-error")),
                .legend("Method"),
                error ?? .empty,
                .div(
                    .class("choice"),
                    .input(
                        .type("radio"), .id("method"), .name("method"), .value("markov"),
                        .if(method == "markov", .checked)),
                    .label(.for("method"), "Stock-and-flow (Markov): expected numbers, range ± 2 standard deviations")),
                .div(
                    .class("choice"),
                    .input(
                        .type("radio"), .id("method-montecarlo"), .name("method"), .value("montecarlo"),
                        .if(method == "montecarlo", .checked)),
                    .label(
                        .for("method-montecarlo"),
                        "Monte-Carlo (\(Self.monteCarloPaths) paths): range 5th to 95th percentile")))
        }
    }

    /// The Monte-Carlo option of moves and exits that depend on time in placement, as a checkbox.
    func byDurationField(_ problems: [Problem]) -> Node {
        group("by-duration", problems) { error in
            .group([
                error ?? .empty,
                .div(
                    .class("choice"),
                    .input(
                        .type("checkbox"), .id("by-duration"), .name("by-duration"), .value("yes"),
                        .if(byDuration, .checked), .if(error != nil, .ariaDescribedBy("by-duration-error"))),
                    .label(
                        .for("by-duration"),
                        .text(
                            "Monte-Carlo only: moves and leaving care depend on how long each "
                                + "child has been in their kind of home"))),
            ])
        }
    }

    /// A form group, marked as in error (with its message) when `problems` has one for `field`; `content`
    /// is given the message, to place it and to point the field at it.
    func group(_ field: String, _ problems: [Problem], content: (Node?) -> Node) -> Node {
        FormGroup.node(field, message: problems.first { $0.field == field }?.message, content: content)
    }

    /// A labelled text input; `hintText`, when given, is shown under the label with the id `hint`
    /// (otherwise `hint` names a hint shared with other fields).
    func textField(
        _ field: String, label: String, value: String, hint: String, _ problems: [Problem],
        numeric: Bool = false, hintText: String? = nil
    ) -> Node {
        group(field, problems) { error in
            let described = [hint] + (error == nil ? [] : ["\(field)-error"])
            let hintLine = hintText.map { Node.p(.class("hint"), .id(hint), .text($0)) } ?? .empty
            return .group([
                .label(.for(field), .text(label)),
                hintLine,
                error ?? .empty,
                .input(
                    .type("text"), .id(field), .name(field), .value(value), .if(numeric, .inputmode("numeric")),
                    .ariaDescribedBy(described.joined(separator: " ")), .spellcheck("false")),
            ])
        }
    }

    func authorityField(_ authorities: [AuthorityCode], _ problems: [Problem]) -> Node {
        group("la", problems) { error in
            .group([
                .label(.for("la"), "Authority"),
                error ?? .empty,
                .select(
                    .id("la"), .name("la"), .if(error != nil, .ariaDescribedBy("la-error")),
                    .option(.value(""), .if(la.isEmpty, .selected), "All authorities together"),
                    .forEach(authorities) { code in .option(.value(code), .if(la == code, .selected), .text(code)) }),
            ])
        }
    }

    /// Inflation and the weekly cost of each cost item, each blank for the default, in a group of their own.
    func pricesFieldset(_ problems: [Problem]) -> Node {
        .fieldset(
            .legend("Prices (leave blank for Hearth's 2024-25 defaults)"),
            textField(
                "inflation", label: "Inflation, % a year", value: inflation, hint: "inflation-hint", problems,
                numeric: true, hintText: "Applied on each anniversary of the start, compounded. Blank: none."),
            .forEach(DemandCostItem.allCases) { item in
                let field = Self.weeklyField(item)
                return textField(
                    field, label: "Weekly cost, \(item.label) (£)", value: weeklyCosts[item] ?? "",
                    hint: field + "-hint", problems, numeric: true,
                    hintText: "Default \(item.defaultWeeklyCost.formatted) a week.")
            })
    }
}
