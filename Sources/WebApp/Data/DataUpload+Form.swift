/// The upload form, filled in with what was sent and with each field's problem beside it (GOV.UK style).
extension DataUpload {
    func form(csrfToken: String) -> String {
        """
        <form method="post" action="/data" enctype="multipart/form-data" class="stacked-form upload-form">
        <input type="hidden" name="csrf_token" value="\(escape(csrfToken))">
        \(kindField)
        \(textField("authority", label: "Authority", value: authority, type: "text",
                    hint: "The council's DfE code, like 879: needed when the files have no LA column. Left empty: "
                        + "the authority already in Hearth, if there is just one."))
        \(textField("as_at", label: "Costs accrued to (S251 layout only)", value: asAtText, type: "date",
                    hint: "For a costs register in the S251 layout: the last day its accrued costs cover, like 2025-03-31."))
        <label for="files">Files</label>
        <p class="hint" id="files-hint">CSV or XML, up to \(FormFields.maximumUploadBytes / 1024 / 1024) MB in all.</p>
        \(errorMessage("files"))<input type="file" id="files" name="files" multiple accept=".csv,.xml,text/csv,text/xml,application/xml" \
        aria-describedby="files-hint\(problem(for: "files") == nil ? "" : " files-error")">
        <button type="submit">Check and import</button>
        </form>

        """
    }

    /// Radios for the kind; the first has the id `kind` so the error summary can link to it.
    var kindField: String {
        var out = "<fieldset aria-describedby=\"kind-hint\(problem(for: "kind") == nil ? "" : " kind-error")\">\n"
        out += "<legend>What do the files hold?</legend>\n<p class=\"hint\" id=\"kind-hint\">Every file is checked first; "
            + "if anything is wrong, every problem is listed and nothing is saved.</p>\n" + errorMessage("kind")
        for (index, choice) in Kind.allCases.enumerated() {
            let id = index == 0 ? "kind" : "kind-\(choice.rawValue)", hint = "kind-\(choice.rawValue)-hint"
            out += """
            <div class="radio"><input type="radio" id="\(id)" name="kind" value="\(choice.rawValue)"\
            \(kind == choice ? " checked" : "") aria-describedby="\(hint)">\
            <label for="\(id)">\(escape(choice.label))</label>
            <p class="hint" id="\(hint)">\(escape(choice.hint))</p></div>

            """
        }
        return out + "</fieldset>"
    }

    func textField(_ name: String, label: String, value: String, type: String, hint: String) -> String {
        let described = "\(name)-hint" + (problem(for: name) == nil ? "" : " \(name)-error")
        return """
        <label for="\(name)">\(escape(label))</label>
        <p class="hint" id="\(name)-hint">\(escape(hint))</p>
        \(errorMessage(name))<input type="\(type)" id="\(name)" name="\(name)" value="\(escape(value))" aria-describedby="\(described)"\
        \(type == "text" ? " spellcheck=\"false\" size=\"12\"" : "")>
        """
    }

    func errorMessage(_ field: String) -> String {
        problem(for: field).map {
            "<p class=\"error-message\" id=\"\(field)-error\"><span class=\"visually-hidden\">Error: </span>\(escape($0))</p>\n"
        } ?? ""
    }
}
