import CareModel

/// The pieces of the short GET forms on the sufficiency, fostering and homes pages: which authority the
/// page is about, whole-number fields, and each problem beside its field as GOV.UK lays one out (the error
/// summary links to the field by its id). The same markup as the projection form's, so the pages ask alike.
enum QueryFormFields {
    /// One problem: the id of the field at fault (`nil`: the data, not a field) and what is wrong.
    struct Problem: Hashable, Sendable {
        var field: String?
        var message: String
    }

    /// The authority a page is about: the one asked for (`la`) when the account may see it, otherwise the
    /// first the account may see (for most councils, the only one). `nil`, with a problem, when `la` names
    /// one not in the list: the page never says whether it exists, as it may be another council's.
    static func authority(_ la: String, among authorities: [AuthorityCode], into problems: inout [Problem])
        -> AuthorityCode?
    {
        guard !la.isEmpty else { return authorities.first }
        guard authorities.contains(la) else {
            problems.append(Problem(field: "la", message: "Choose an authority from the list."))
            return nil
        }
        return la
    }

    /// A whole number in `range` as typed; `nil`, with `message` as the problem, when it is not one.
    static func wholeNumber(
        _ text: String, field: String, in range: ClosedRange<Int>, message: String, into problems: inout [Problem]
    ) -> Int? {
        guard let value = Int(text), range.contains(value) else {
            problems.append(Problem(field: field, message: message))
            return nil
        }
        return value
    }

    /// GOV.UK's error summary: first on the page, focused on load, each problem linking to its field.
    static func errorSummary(_ problems: [Problem]) -> Node {
        ErrorSummary(problems: problems.map { (field: $0.field, message: $0.message) }).node
    }

    /// A form group, marked as in error (with its message) when `problems` has one for `field`; `content`
    /// is given the message, to place it and to point the field at it.
    static func group(_ field: String, _ problems: [Problem], content: (Node?) -> Node) -> Node {
        FormGroup.node(field, message: problems.first { $0.field == field }?.message, content: content)
    }

    /// A labelled text input for a whole number, its hint under the label (id `<field>-hint`).
    static func numberField(_ field: String, label: String, value: String, hint: String, _ problems: [Problem])
        -> Node
    {
        group(field, problems) { error in
            let described = ["\(field)-hint"] + (error == nil ? [] : ["\(field)-error"])
            return .group([
                .label(.for(field), .text(label)),
                .p(.class("hint"), .id("\(field)-hint"), .text(hint)),
                error ?? .empty,
                .input(
                    .type("text"), .id(field), .name(field), .value(value), .inputmode("numeric"),
                    .ariaDescribedBy(described.joined(separator: " ")), .spellcheck("false")),
            ])
        }
    }

    /// The authority select: shown when the account may see several, or when the one asked for was
    /// refused (so the error has a field to point at); nothing for an account of one authority.
    static func authorityField(_ authorities: [AuthorityCode], chosen: String, _ problems: [Problem]) -> Node {
        let refused = problems.contains { $0.field == "la" }
        guard authorities.count > 1 || refused else { return .empty }
        return group("la", problems) { error in
            .group([
                .label(.for("la"), "Authority"),
                error ?? .empty,
                .select(
                    .id("la"), .name("la"), .if(error != nil, .ariaDescribedBy("la-error")),
                    .forEach(authorities) { code in .option(.value(code), .if(chosen == code, .selected), .text(code)) }
                ),
            ])
        }
    }

    /// The problems in the order of the form's fields (`order`), the data's own (no field) last.
    static func sorted(_ problems: [Problem], order: [String]) -> [Problem] {
        func place(_ problem: Problem) -> Int { problem.field.flatMap { order.firstIndex(of: $0) } ?? order.count }
        return problems.sorted { place($0) < place($1) }
    }
}
