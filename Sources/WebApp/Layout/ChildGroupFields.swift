import CareModel

/// The three selects that choose a group of children (sex, UASC, age band) on a GET form, in a fieldset
/// of their own. Each has its label (`<label for>`) and, when its value was refused, is marked in error
/// with the message beside it, as GOV.UK lays out a field in error (the error summary links to it by id).
/// Shared by the overview's filter and the projection form, so the two ask the same way.
struct ChildGroupFields {
    /// The values chosen, by field name, as the query gave them; an unknown one selects no option, so the
    /// browser shows the first, "All".
    var values: [String: String]
    /// What is wrong with a refused value, by field name.
    var errors: [String: String] = [:]
    var names = ChildGroup.QueryNames.form

    /// The fields showing `group` (as a page shows the group it counted).
    init(group: ChildGroup) {
        values = group.queryValues(.form)
    }

    /// The fields as a query gave them, with its refused values in error.
    init(values: [String: String], problems: [ChildGroup.QueryProblem]) {
        self.values = values
        for problem in problems where errors[problem.field] == nil { errors[problem.field] = problem.message }
    }

    /// Each select's options, value and words: "All" first, with an empty value (everyone).
    static let sexChoices: [(String, String)] =
        [("", "All")] + [Sex.female, .male, .unknown].map { ($0.rawValue, $0.label) }
    static let uascChoices: [(String, String)] =
        [("", "All children")] + ChildGroup.UASC.allCases.map { ($0.rawValue, $0.label) }
    static let ageBandChoices: [(String, String)] =
        [("", "All ages")] + AgeBand.allCases.map { ($0.rawValue, $0.label) }

    /// The fieldset, under `legend`, with `hint` (when given) under the legend, described by it.
    func node(legend: String, hint: String? = nil) -> Node {
        .fieldset(
            .if(hint != nil, .ariaDescribedBy("child-group-hint")),
            .legend(.text(legend)),
            hint.map { Node.p(.class("hint"), .id("child-group-hint"), .text($0)) } ?? .empty,
            select(names.sex, label: "Sex", choices: Self.sexChoices),
            select(names.uasc, label: "Unaccompanied asylum-seeking children (UASC)", choices: Self.uascChoices),
            select(names.ageBand, label: "Age band", choices: Self.ageBandChoices))
    }

    /// One labelled select in its form group, in error when `errors` names it.
    func select(_ field: String, label: String, choices: [(String, String)]) -> Node {
        let chosen = values[field] ?? ""
        return FormGroup.node(field, message: errors[field]) { error in
            .group([
                .label(.for(field), .text(label)),
                error ?? .empty,
                .select(
                    .id(field), .name(field), .if(error != nil, .ariaDescribedBy("\(field)-error")),
                    .forEach(choices) { choice in
                        .option(.value(choice.0), .if(choice.0 == chosen, .selected), .text(choice.1))
                    }),
            ])
        }
    }
}
