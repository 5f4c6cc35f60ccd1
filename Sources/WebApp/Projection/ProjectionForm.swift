import CareModel
import Forecasting
import Foundation

/// The projection page's GET form: the fields as typed (so a mistake is shown back as it was entered) and
/// the settings they ask for, or every problem with them, each naming its field and the rule.
struct ProjectionForm: Hashable, Sendable {
    /// Monte-Carlo paths on the web: enough for steady 5–95% ranges, few enough that the page answers in
    /// well under a second for one authority.
    static let monteCarloPaths = 500
    /// Observed month ends drawn before the projection, so the chart shows where it comes from.
    static let observedMonths = 12

    /// One problem: the id of the field at fault (what the error summary links to) and what is wrong.
    struct Problem: Hashable, Sendable {
        var field: String
        var message: String
    }

    /// The fields in the order the form shows them, which the error summary follows.
    static let fieldOrder: [String] =
        ["method", "by-duration", "reference-start", "reference-end", "months", "la"] + groupFields + ["inflation"]
        + DemandCostItem.allCases.map(weeklyField)

    /// The id and name of the weekly cost field of a cost item: "weekly-fostering-agency".
    static func weeklyField(_ item: DemandCostItem) -> String { "weekly-" + item.name }

    var method = "markov"
    var referenceStart = ""
    var referenceEnd = ""
    var months = "24"
    var la = ""
    var seasonal = false
    /// Monte-Carlo only: moves and exits depend on how long each child has been in their kind of home.
    var byDuration = false
    /// Yearly inflation in percent, as typed; empty is none.
    var inflation = ""
    /// Weekly costs in pounds by cost item, as typed; a missing or empty one is the item's default.
    var weeklyCosts: [DemandCostItem: String] = [:]
    /// Which children, as chosen (`ProjectionForm+Group.swift`): sex, UASC and age band; empty is all.
    var sex = ""
    var uasc = ""
    var ageBand = ""

    init() {}

    /// The form from the query string; missing fields keep their defaults.
    init(query: [String: String]) {
        func field(_ name: String) -> String? {
            query[name].map { $0.trimmingCharacters(in: .whitespaces) }
        }
        method = field("method") ?? method
        referenceStart = field("reference-start") ?? ""
        referenceEnd = field("reference-end") ?? ""
        months = field("months").flatMap { $0.isEmpty ? nil : $0 } ?? months
        la = field("la") ?? ""
        seasonal = query["seasonal"] != nil
        byDuration = query["by-duration"] != nil
        inflation = field("inflation") ?? ""
        sex = field("sex") ?? ""
        uasc = field("uasc") ?? ""
        ageBand = field("age-band") ?? ""
        for item in DemandCostItem.allCases {
            if let text = field(Self.weeklyField(item)), !text.isEmpty { weeklyCosts[item] = text }
        }
    }

    /// The prices asked for, or problems naming the field: inflation as a percentage ("3.5" or "3.5%"),
    /// weekly costs as pounds ("1,050" or "£1050.50").
    func costOptions(into problems: inout [Problem]) -> DemandProjectionSettings.CostOptions {
        var options = DemandProjectionSettings.CostOptions()
        if !inflation.isEmpty {
            if let percent = Double(
                inflation.replacingOccurrences(of: "%", with: "").trimmingCharacters(in: .whitespaces))
            {
                options.inflation = percent / 100
            } else {
                problems.append(
                    Problem(field: "inflation", message: "Enter inflation as a percentage a year, like 3.5."))
            }
        }
        for (item, text) in weeklyCosts {
            let cleaned = text.replacingOccurrences(of: "£", with: "").replacingOccurrences(of: ",", with: "")
            if let pounds = Double(cleaned.trimmingCharacters(in: .whitespaces)), pounds.isFinite, abs(pounds) < 1e9 {
                options.weeklyCosts[item] = Money(roundingPence: pounds * 100)
            } else {
                problems.append(
                    Problem(
                        field: Self.weeklyField(item),
                        message: "Enter the weekly cost of \(item.label) in pounds, like 1050."))
            }
        }
        return options
    }

    /// The settings and the authority (`nil`: all of them together), or the problems found.
    func request(authorities: [AuthorityCode]) -> (
        settings: DemandProjectionSettings?, la: AuthorityCode?, problems: [Problem]
    ) {
        var problems: [Problem] = []
        let method = DemandProjectionSettings.Method(rawValue: method)
        if method == nil {
            problems.append(Problem(field: "method", message: "Choose stock-and-flow (Markov) or Monte-Carlo."))
        }
        let months = Int(months)
        if months == nil {
            problems.append(
                Problem(field: "months", message: "Enter the number of months to project as a whole number, like 24."))
        }
        let start = date(referenceStart, field: "reference-start", name: "the reference window start", into: &problems)
        let end = date(referenceEnd, field: "reference-end", name: "the reference window end", into: &problems)
        if !la.isEmpty && !authorities.contains(la) {
            problems.append(Problem(field: "la", message: "Choose an authority from the list."))
        }
        let children = childGroup(method: method, into: &problems)
        // The settings' own rules, checked here too so that every problem is listed at once.
        let costs = costOptions(into: &problems)
        if byDuration && method == .markov {
            problems.append(
                Problem(
                    field: "by-duration",
                    message:
                        "Time in placement works with the Monte-Carlo method only: choose Monte-Carlo, or untick it."))
        }
        if let months, !DemandProjectionSettings.monthRange.contains(months) {
            problems.append(Self.problem(.monthsOutOfRange(months)))
        }
        if let start, let end, start >= end { problems.append(Self.problem(.windowBackwards(start: start, end: end))) }
        guard problems.isEmpty, let method, let months else {
            return (
                nil, nil,
                problems.sorted {
                    Self.fieldOrder.firstIndex(of: $0.field) ?? 0 < Self.fieldOrder.firstIndex(of: $1.field) ?? 0
                }
            )
        }
        let settings = DemandProjectionSettings(
            months: months, referenceStart: start, referenceEnd: end, method: method,
            paths: Self.monteCarloPaths, seasonal: seasonal,
            costs: costs,
            observedMonths: Self.observedMonths)
        var chosen = settings
        chosen.byTimeInPlacement = byDuration
        chosen.group = children
        do { try chosen.validate() } catch { return (nil, nil, [Self.problem(error)]) }
        return (chosen, la.isEmpty ? nil : la, [])
    }

    /// An empty field is `nil` (the default); otherwise YYYY-MM-DD or DD/MM/YYYY.
    func date(_ text: String, field: String, name: String, into problems: inout [Problem]) -> Day? {
        guard !text.isEmpty else { return nil }
        if let day = Day(iso: text) ?? Day(ukNumeric: text) { return day }
        problems.append(Problem(field: field, message: "Enter \(name) as a real date, like 2023-04-01."))
        return nil
    }

    /// The form showing what the projection used (the data's defaults filled in).
    func filled(from projection: DemandProjection) -> ProjectionForm {
        var form = self
        form.referenceStart = projection.referenceStart.iso
        form.referenceEnd = projection.referenceEnd.iso
        form.months = String(projection.settings.months)
        return form
    }

    /// A projection's error as a problem on the field it names (the form's first field when it names none).
    static func problem(_ error: DemandProjectionError) -> Problem {
        let message = error.message(naming: name)
        let field: String =
            switch error.field {
            case .months: "months"
            case .referenceEnd: "reference-end"
            case .paths: "method"
            case .inflation: "inflation"
            case .ageBand: "age-band"
            case .weeklyCost(let item): weeklyField(item)
            default: "reference-start"
            }
        return Problem(field: field, message: message.prefix(1).uppercased() + message.dropFirst())
    }

    /// What the page calls each setting, mid-sentence.
    static func name(_ field: DemandProjectionError.Field) -> String {
        switch field {
        case .months: "the number of months to project"
        case .paths: "the number of Monte-Carlo paths"
        case .referenceStart: "the reference window start"
        case .referenceEnd: "the reference window end"
        case .inflation: "inflation"
        case .ageBand: "the age band"
        case .weeklyCost(let item): "the weekly cost of \(item.label)"
        }
    }
}
