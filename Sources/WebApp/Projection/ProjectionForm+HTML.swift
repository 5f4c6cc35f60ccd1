import Forecasting
import CareModel

extension ProjectionForm {
    /// The form as GOV.UK lays one out: a group per question, hints, and each problem beside its field
    /// (the error summary above links here by the field's id). A GET form, so a projection has an address.
    func html(authorities: [AuthorityCode], problems: [Problem]) -> String {
        var out = "<form method=\"get\" action=\"/projection\" class=\"stacked-form projection-form\" novalidate>\n"
        out += group("method", problems) { error in
            """
            <fieldset\(error.map { _ in " aria-describedby=\"method-error\"" } ?? "")>
            <legend>Method</legend>
            \(error ?? "")<div class="choice"><input type="radio" id="method" name="method" value="markov"\(method == "markov" ? " checked" : "")>
            <label for="method">Stock-and-flow (Markov): expected numbers, range ± 2 standard deviations</label></div>
            <div class="choice"><input type="radio" id="method-montecarlo" name="method" value="montecarlo"\(method == "montecarlo" ? " checked" : "")>
            <label for="method-montecarlo">Monte-Carlo (\(Self.monteCarloPaths) paths): range 5th to 95th percentile</label></div>
            </fieldset>
            """
        }
        out += group("by-duration", problems) { error in
            """
            \(error ?? "")<div class="choice"><input type="checkbox" id="by-duration" name="by-duration" value="yes"\(byDuration ? " checked" : "")\(error == nil ? "" : " aria-describedby=\"by-duration-error\"")>
            <label for="by-duration">Monte-Carlo only: moves and leaving care depend on how long each child has been in their kind of home</label></div>
            """
        }
        out += "<fieldset>\n<legend>Reference window: the rates are those seen between these dates</legend>\n"
        out += "<p class=\"hint\" id=\"window-hint\">For example, 2023-04-01. Leave empty for the whole of the data.</p>\n"
        out += textField("reference-start", label: "From", value: referenceStart, hint: "window-hint", problems)
        out += textField("reference-end", label: "To", value: referenceEnd, hint: "window-hint", problems)
        out += "</fieldset>\n"
        out += textField("months", label: "Months to project", value: months, hint: "months-hint", problems, numeric: true,
                         hintText: "From 1 to 48 months after the data ends.")
        if authorities.count > 1 { out += authorityField(authorities, problems) }
        out += pricesFieldset(problems)
        out += """
            <div class="choice"><input type="checkbox" id="seasonal" name="seasonal" value="yes"\(seasonal ? " checked" : "")>
            <label for="seasonal">Seasonal entries: more children enter care in the months that did in the reference window</label></div>
            <button type="submit">Project</button>
            </form>

            """
        return out
    }

    /// A form group, marked as in error (with its message) when `problems` has one for `field`.
    func group(_ field: String, _ problems: [Problem], content: (String?) -> String) -> String {
        let message = problems.first { $0.field == field }?.message
        let error = message.map { "<p class=\"error-message\" id=\"\(field)-error\"><span class=\"visually-hidden\">Error:</span> \(escape($0))</p>\n" }
        return "<div class=\"form-group\(error == nil ? "" : " form-group-error")\">\n" + content(error) + "\n</div>\n"
    }

    /// A labelled text input; `hintText`, when given, is shown under the label with the id `hint`
    /// (otherwise `hint` names a hint shared with other fields).
    func textField(_ field: String, label: String, value: String, hint: String, _ problems: [Problem],
                   numeric: Bool = false, hintText: String? = nil) -> String {
        group(field, problems) { error in
            let described = [hint] + (error == nil ? [] : ["\(field)-error"])
            let hintLine = hintText.map { "<p class=\"hint\" id=\"\(hint)\">\(escape($0))</p>\n" } ?? ""
            return """
                <label for="\(field)">\(escape(label))</label>
                \(hintLine)\(error ?? "")<input type="text" id="\(field)" name="\(field)" value="\(escape(value))"\(numeric ? " inputmode=\"numeric\"" : "") aria-describedby="\(described.joined(separator: " "))" spellcheck="false">
                """
        }
    }

    func authorityField(_ authorities: [AuthorityCode], _ problems: [Problem]) -> String {
        group("la", problems) { error in
            var options = "<option value=\"\"\(la.isEmpty ? " selected" : "")>All authorities together</option>"
            for code in authorities {
                options += "<option value=\"\(escape(code))\"\(la == code ? " selected" : "")>\(escape(code))</option>"
            }
            return """
                <label for="la">Authority</label>
                \(error ?? "")<select id="la" name="la"\(error == nil ? "" : " aria-describedby=\"la-error\"")>\(options)</select>
                """
        }
    }

    /// Inflation and the weekly cost of each cost item, each blank for the default, in a group of their own.
    func pricesFieldset(_ problems: [Problem]) -> String {
        var out = "<fieldset>\n<legend>Prices (leave blank for Hearth's 2024-25 defaults)</legend>\n"
        out += textField("inflation", label: "Inflation, % a year", value: inflation, hint: "inflation-hint", problems,
                         numeric: true, hintText: "Applied on each anniversary of the start, compounded. Blank: none.")
        for item in DemandCostItem.allCases {
            let field = Self.weeklyField(item)
            out += textField(field, label: "Weekly cost, \(item.label) (£)", value: weeklyCosts[item] ?? "",
                             hint: field + "-hint", problems, numeric: true,
                             hintText: "Default \(item.defaultWeeklyCost.formatted) a week.")
        }
        return out + "</fieldset>\n"
    }
}
