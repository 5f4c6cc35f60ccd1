import CareModel
import Foundation

/// The fostering page's GET form: the authority and the council's yearly target for net new foster
/// households, as typed (so a mistake is shown back as it was entered). No target is a page without one.
struct FosteringForm: Hashable, Sendable {
    typealias Problem = QueryFormFields.Problem

    /// Net new households a year: no council's target is anywhere near 500.
    static let targetRange = 0...500
    static let fieldOrder = ["la", "target"]

    var la = ""
    var target = ""

    init() {}

    init(query: [String: String]) {
        func field(_ name: String) -> String { (query[name] ?? "").trimmingCharacters(in: .whitespaces) }
        la = field("la")
        target = field("target")
    }

    /// The authority and the target (`nil` when none is given), or every problem, in the form's order.
    func request(authorities: [AuthorityCode]) -> (authority: AuthorityCode?, target: Int?, problems: [Problem]) {
        var problems: [Problem] = []
        let authority = QueryFormFields.authority(la, among: authorities, into: &problems)
        var target: Int? = nil
        if !self.target.isEmpty {
            target = QueryFormFields.wholeNumber(
                self.target, field: "target", in: Self.targetRange,
                message: "Enter the target as a whole number of new households a year from 0 to 500, like 20.",
                into: &problems)
        }
        return (problems.isEmpty ? authority : nil, target, QueryFormFields.sorted(problems, order: Self.fieldOrder))
    }

    /// The form showing the authority the page is about (the default filled in).
    func filled(authority: AuthorityCode) -> FosteringForm {
        var form = self
        form.la = authority
        return form
    }

    /// The form as GOV.UK lays one out; a GET form, so the page with a target has an address.
    func html(authorities: [AuthorityCode], problems: [Problem]) -> Node {
        .form(
            .method("get"), .action(Route.fostering.path), .class("stacked-form projection-form"), .novalidate,
            QueryFormFields.authorityField(authorities, chosen: la, problems),
            QueryFormFields.numberField(
                "target", label: "Target: net new foster households a year", value: target,
                hint: "From 0 to 500; leave empty for no target. The year's net change is set against it.", problems),
            .button(.type("submit"), "Show"))
    }
}
