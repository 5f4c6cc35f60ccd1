import CareModel
import CouncilTasks
import Foundation

/// The sufficiency page's GET form: the authority, how many months to look ahead and the allowance for
/// Ofsted registration running late. The fields are kept as typed, so a mistake is shown back as it was
/// entered, and turned into `SufficiencyRules` only when every one is right.
struct SufficiencyForm: Hashable, Sendable {
    typealias Problem = QueryFormFields.Problem

    /// A year at least, so the gap shows a whole year's pattern; four at most, as the demand model allows.
    static let monthRange = 12...48
    /// Up to a year's delay: registrations that run later than that are a new plan, not a delay.
    static let delayRange = 0...365
    /// The fields in the order the form shows them, which the error summary follows.
    static let fieldOrder = ["la", "months", "registration-delay"]

    var la = ""
    var months = String(SufficiencyRules.standard.months)
    var registrationDelay = String(SufficiencyRules.standard.registrationDelayDays)

    init() {}

    /// The form from the query string; a missing or empty field keeps its default.
    init(query: [String: String]) {
        func field(_ name: String) -> String? {
            query[name].map { $0.trimmingCharacters(in: .whitespaces) }.flatMap { $0.isEmpty ? nil : $0 }
        }
        la = field("la") ?? ""
        months = field("months") ?? months
        registrationDelay = field("registration-delay") ?? registrationDelay
    }

    /// The authority and the rules asked for, or every problem with them, in the form's order.
    func request(authorities: [AuthorityCode]) -> (
        authority: AuthorityCode?, rules: SufficiencyRules?, problems: [Problem]
    ) {
        var problems: [Problem] = []
        let authority = QueryFormFields.authority(la, among: authorities, into: &problems)
        let months = QueryFormFields.wholeNumber(
            self.months, field: "months", in: Self.monthRange,
            message: "Enter the months to look ahead as a whole number from 12 to 48, like 24.", into: &problems)
        let delay = QueryFormFields.wholeNumber(
            registrationDelay, field: "registration-delay", in: Self.delayRange,
            message: "Enter the registration delay as a whole number of days from 0 to 365, like 90.",
            into: &problems)
        guard problems.isEmpty, let authority, let months, let delay else {
            return (nil, nil, QueryFormFields.sorted(problems, order: Self.fieldOrder))
        }
        return (authority, SufficiencyRules(months: months, registrationDelayDays: delay), [])
    }

    /// The form showing the authority the page is about (the default filled in).
    func filled(authority: AuthorityCode) -> SufficiencyForm {
        var form = self
        form.la = authority
        return form
    }

    /// The form as GOV.UK lays one out; a GET form, so a gap worked out under other rules has an address.
    func html(authorities: [AuthorityCode], problems: [Problem]) -> Node {
        .form(
            .method("get"), .action(Route.sufficiency.path), .class("stacked-form projection-form"), .novalidate,
            QueryFormFields.authorityField(authorities, chosen: la, problems),
            QueryFormFields.numberField(
                "months", label: "Months to look ahead", value: months,
                hint: "From 12 to 48 months after the data ends.", problems),
            QueryFormFields.numberField(
                "registration-delay", label: "Registration delay for new council homes, in days",
                value: registrationDelay,
                hint: "Added to a planned home's opening in case Ofsted registration runs late: from 0 to 365 days.",
                problems),
            .button(.type("submit"), "Work out the gap"))
    }
}
