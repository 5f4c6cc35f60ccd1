import CareModel
import Forecasting

/// The demand projection page: the form, then (when it ran) what the projection says — children in care
/// by kind of home with their range, and what they would cost — each as a chart followed by its table.
/// Aggregates only: no child is named, so every role may see it.
struct ProjectionPage {
    var form: ProjectionForm
    var authorities: [AuthorityCode]
    var problems: [ProjectionForm.Problem] = []
    var projection: DemandProjection? = nil

    var page: HTMLPage {
        var body = problems.isEmpty ? "" : errorSummary
        body += "<h1>Demand projection</h1>\n"
        body += projection.map(lede) ?? """
            <p class="lede">How many children will be in care, in which kind of home, and what that will cost, if
            children enter, move and leave care as they did in a reference window.</p>

            """
        body += form.html(authorities: authorities, problems: problems)
        if let projection {
            let months = ProjectedMonth.months(of: projection)
            body += summary(projection, months: months) + childrenSection(projection, months: months) + costSection(projection)
        }
        return HTMLPage(title: problems.isEmpty ? "Demand projection" : "Error: Demand projection", body: body,
                        status: problems.isEmpty ? .ok : .badRequest)
    }

    /// GOV.UK's error summary: first on the page, focused on load, each problem linking to its field.
    var errorSummary: String {
        let items = problems.map { "<li><a href=\"#\($0.field)\">\(escape($0.message))</a></li>" }.joined()
        return """
            <div class="error-summary" role="alert" tabindex="-1" autofocus>
            <h2>There is a problem</h2>
            <ul>\(items)</ul>
            </div>

            """
    }

    var scope: String {
        guard !form.la.isEmpty else { return authorities.count > 1 ? " in all \(authorities.count) authorities together" : "" }
        return " in authority \(escape(form.la))"
    }

    func lede(_ projection: DemandProjection) -> String {
        let method = projection.settings.method == .markov
            ? "stock-and-flow (Markov) method"
            : "Monte-Carlo method (\(projection.settings.paths.grouped) paths)"
        return """
            <p class="lede">Children in care\(scope), projected \(projection.settings.months) months from \(projection.start.long) by
            the \(method), at the rates seen from \(projection.referenceStart.long) to \(projection.referenceEnd.long)\(projection.settings.seasonal ? ", with seasonal entries" : "")\(projection.settings.byTimeInPlacement ? ", by time in placement" : "").</p>

            """
    }

    func summary(_ projection: DemandProjection, months: [ProjectedMonth]) -> String {
        var out = "<dl class=\"summary-list\">\n"
        if let now = projection.observed.last, now.date == projection.start {
            out += "<dt>In care on \(now.date.long)</dt><dd>\(Self.whole(now.meanInCare)) children</dd>\n"
        }
        if let last = months.last, let all = last.counts.last {
            out += "<dt>Projected for \(last.date.long)</dt><dd>\(Self.children(all.mean)) children (\(range(all)))</dd>\n"
        }
        for year in projection.costs?.financialYears ?? [] {
            out += "<dt>Projected cost, \(year.year.label)\(partYear(year.year, projection))</dt><dd>\(Self.pounds(year.total))</dd>\n"
        }
        return out + "</dl>\n"
    }

    /// " (1 April to 30 June 2026)" when the projection covers only part of the financial year.
    func partYear(_ year: FinancialYear, _ projection: DemandProjection) -> String {
        let first = max(year.first, projection.start.adding(days: 1))
        let last = min(year.last, projection.start.adding(days: projection.days))
        return first == year.first && last == year.last ? "" : " (\(first.long) to \(last.long))"
    }

    func range(_ count: ProjectedMonth.Count) -> String {
        "\(Self.whole(count.lower)) to \(Self.whole(count.upper))"
    }

    /// Children to one decimal place, with thousands separators: 1234.56 → "1,234.6".
    static func children(_ value: Double) -> String {
        let tenths = Int((max(0, value) * 10).rounded())
        return "\((tenths / 10).grouped).\(tenths % 10)"
    }

    /// Children to the nearest whole child: 1234.56 → "1,235".
    static func whole(_ value: Double) -> String {
        Int(max(0, value).rounded()).grouped
    }

    /// Whole pounds with thousands separators (halves away from zero): £1,234,567.50 → "£1,234,568".
    static func pounds(_ money: Money) -> String {
        let pounds = (money.pence.magnitude + 50) / 100
        return (money.pence < 0 ? "-£" : "£") + Int(pounds).grouped
    }
}
