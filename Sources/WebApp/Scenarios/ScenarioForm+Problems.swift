import CareModel
import CouncilTasks
import Forecasting

/// What is wrong with a scenario built on the form, in plain words and beside the field at fault: a field
/// `LeverSpec` could not read, a number out of the range `Scenario.validate()` allows, a named child with no
/// placement open when the scenario starts, or a name the library refuses.
extension ScenarioForm {
    /// "Open a children's home: beds must be a whole number from 0 to 100,000", beside `open-home-beds`.
    static func problem(_ error: LeverSpecError) -> Problem {
        guard let field = error.field else { return Problem(field: nil, message: "\(error.kind.label): \(error.rule)") }
        let message =
            error.rule == "is needed"
            ? "\(error.kind.label): enter ‘\(field.hint)’" : "\(error.kind.label): \(words(field)) \(error.rule)"
        return Problem(field: fieldName(error.kind, field), message: message)
    }

    /// "per month" for `per-month`: a field's name in a sentence.
    static func words(_ field: LeverField) -> String { field.rawValue.replacingOccurrences(of: "-", with: " ") }

    /// The name the library refused, beside the name field.
    static func problem(_ error: ScenarioLibraryError) -> Problem {
        Problem(field: error.field, message: error.description)
    }

    /// What running (or checking) the scenario the form built found wrong: beside the field of the lever
    /// at fault when it can be told, otherwise in the summary only.
    func problem(_ error: ScenarioError) -> Problem {
        switch error {
        case .unknownChild(let child):
            let kind = leverKinds.first { Self.references(value($0, .children)).contains(child) }
            return Problem(
                field: kind.map { Self.fieldName($0, .children) },
                message: (kind.map { "\($0.label): " } ?? "") + error.description)
        case .invalid(let lever, let field, let rule):
            guard lever >= 1, lever <= leverKinds.count else { return Problem(field: nil, message: error.description) }
            let kind = leverKinds[lever - 1]
            return Problem(
                field: formField(kind, named: field).map { Self.fieldName(kind, $0) },
                message: "\(kind.label): \(field) \(rule)")
        case .noLevers:
            return Problem(
                field: LeverKind.allCases.first.map(Self.useName),
                message: "Choose at least one lever: tick ‘Use this lever’ under it and fill in its fields")
        case .projectionWithoutCosts:
            return Problem(field: nil, message: error.description)
        }
    }

    /// Children's references as `LeverSpec` reads them: separated by spaces or semicolons.
    static func references(_ text: String) -> [String] {
        text.split(whereSeparator: { $0 == " " || $0 == ";" }).map(String.init)
    }

    /// The fields `Scenario.validate()` names, by the form's field they come from.
    static let checkedFields: [String: LeverField] = [
        "households": .households, "places": .places, "cost per household": .cost, "beds": .beds,
        "ramp months": .ramp, "registration delay": .delay, "registration spread": .spread,
        "weekly running cost": .weekly, "capital cost": .capital,
        "ages": .ages, "until": .until, "weekly price": .weekly, "children a month": .perMonth,
        "target weekly cost": .weekly, "percent": .percent, "kind": .kind,
    ]

    /// The form's field a rule `Scenario.validate()` broke was typed in: "children" is the references when
    /// some were given, else the number of highest-cost children.
    func formField(_ kind: LeverKind, named field: String) -> LeverField? {
        let found =
            field == "children"
            ? (value(kind, .children).isEmpty ? LeverField.highest : .children) : Self.checkedFields[field]
        return found.flatMap { kind.fields.contains($0) ? $0 : nil }
    }
}
