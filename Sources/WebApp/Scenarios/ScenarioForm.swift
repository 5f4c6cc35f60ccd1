import CareModel
import CouncilTasks
import Forecasting
import Foundation

/// The Scenarios page's build form, as typed (so a mistake is shown back as it was entered): the scenario's
/// name and, for each kind of lever, whether to use it (`<kind>-use`) and its fields (`<kind>-<field>`, the
/// names `hearth scenario run` takes). One lever of each kind at most. Turned into a `Scenario` by reading
/// each lever ticked with `LeverSpec`, which checks its fields as the command line does.
struct ScenarioForm: Hashable, Sendable {
    typealias Problem = QueryFormFields.Problem

    /// A name is a short title ("Recruit 12 foster households"), as the library keeps it.
    static let nameLength = 100
    /// The value the "Use this lever" checkboxes send.
    static let used = "yes"

    var name = ""
    /// The kinds of lever ticked "Use this lever".
    var usedKinds: Set<LeverKind> = []
    /// Each field as typed, by its form name `<kind>-<field>`.
    var values: [String: String] = [:]

    /// An empty form.
    init() {}

    /// The form as posted, each field trimmed.
    init(form: FormFields) {
        func field(_ name: String) -> String { (form[name] ?? "").trimmingCharacters(in: .whitespacesAndNewlines) }
        name = field("name")
        for kind in LeverKind.allCases {
            if !field(Self.useName(kind)).isEmpty { usedKinds.insert(kind) }
            for leverField in kind.fields {
                let typed = field(Self.fieldName(kind, leverField))
                if !typed.isEmpty { values[Self.fieldName(kind, leverField)] = typed }
            }
        }
    }

    /// "open-home-beds": a field's name and id on the form.
    static func fieldName(_ kind: LeverKind, _ field: LeverField) -> String { "\(kind.rawValue)-\(field.rawValue)" }

    /// "open-home-use": the lever's checkbox.
    static func useName(_ kind: LeverKind) -> String { "\(kind.rawValue)-use" }

    /// What was typed in a lever's field ("" when nothing).
    func value(_ kind: LeverKind, _ field: LeverField) -> String { values[Self.fieldName(kind, field)] ?? "" }

    /// The levers ticked, in the form's order: the order they are applied in, one lever each.
    var leverKinds: [LeverKind] { LeverKind.allCases.filter(usedKinds.contains) }

    /// The lever as the form gives it, for `LeverSpec` to read.
    func spec(_ kind: LeverKind) -> LeverSpec {
        LeverSpec(kind: kind, values: Dictionary(uniqueKeysWithValues: kind.fields.map { ($0, value(kind, $0)) }))
    }

    /// The scenario the form asks for (named `fallbackName` when no name was typed: an unsaved run's), or
    /// every problem with what was typed, in the form's order: the name, then each lever ticked.
    func scenario(fallbackName: String? = nil) -> (scenario: Scenario?, problems: [Problem]) {
        var problems: [Problem] = []
        if name.isEmpty && fallbackName == nil {
            problems.append(Problem(field: "name", message: ScenarioLibraryError.nameNeeded.description))
        }
        if name.count > Self.nameLength {
            problems.append(Problem(field: "name", message: ScenarioLibraryError.nameTooLong.description))
        }
        if leverKinds.isEmpty, let first = LeverKind.allCases.first {
            problems.append(
                Problem(
                    field: Self.useName(first),
                    message: "Choose at least one lever: tick ‘Use this lever’ under it and fill in its fields"))
        }
        var levers: [Lever] = []
        for kind in leverKinds {
            do throws(LeverSpecError) {
                levers.append(try spec(kind).lever())
            } catch {
                problems.append(Self.problem(error))
            }
        }
        guard problems.isEmpty else { return (nil, problems) }
        return (Scenario(name: name.isEmpty ? fallbackName ?? "" : name, levers: levers), [])
    }
}
