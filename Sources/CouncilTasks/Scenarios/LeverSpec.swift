import CareModel
import Forecasting

/// Why a lever as entered cannot be read: the lever, the field and the rule.
public struct LeverSpecError: Error, Sendable, Equatable, CustomStringConvertible {
    public var kind: LeverKind
    public var field: LeverField?
    public var rule: String

    public var description: String { "\(kind.rawValue): " + (field.map { "\($0.rawValue): " } ?? "") + rule }
}

/// A lever as a person enters it: its kind and its fields' text, from the command line
/// (`--open-home "beds=3,opens=2025-09-01,weekly=9000"`) or the Scenarios form. `lever()` reads it.
public struct LeverSpec: Sendable, Hashable {
    public var kind: LeverKind
    public var values: [LeverField: String]

    public init(kind: LeverKind, values: [LeverField: String]) {
        self.kind = kind
        self.values = values.filter { !$0.value.trimmed.isEmpty }
    }

    /// Reads "name=value,name=value"; at most 1,000 characters.
    public init(kind: LeverKind, text: String) throws(LeverSpecError) {
        guard text.count <= 1_000 else {
            throw LeverSpecError(kind: kind, field: nil, rule: "at most 1,000 characters")
        }
        var values: [LeverField: String] = [:]
        for pair in text.split(separator: ",") {
            let parts = pair.split(separator: "=", maxSplits: 1).map { String($0).trimmed }
            guard parts.count == 2, let field = LeverField(rawValue: parts[0]), kind.fields.contains(field) else {
                throw LeverSpecError(
                    kind: kind, field: nil,
                    rule: "\"\(pair)\" is not one of \(kind.fields.map { "\($0.rawValue)=…" }.joined(separator: ", "))")
            }
            values[field] = parts[1]
        }
        self.init(kind: kind, values: values)
    }

    /// The lever, every field checked; the first problem names its field.
    public func lever() throws(LeverSpecError) -> Lever {
        switch kind {
        case .recruit:
            return .recruit(
                RecruitLever(
                    households: try whole(.households), by: try day(.by), placesEach: try whole(.places, or: 1),
                    instead: try replaced(), costPerHousehold: try money(.cost, or: .zero)))
        case .openHome:
            return .openHome(
                HomeLever(
                    beds: try whole(.beds), opens: try day(.opens), weeklyRunningCost: try money(.weekly),
                    capitalCost: try money(.capital, or: .zero), rampMonths: try whole(.ramp, or: 0),
                    registrationDelayDays: try whole(.delay, or: 0), registrationSpreadDays: try whole(.spread, or: 0),
                    children: try selection(.residentialExternal)))
        case .block:
            return .block(
                BlockLever(
                    beds: try whole(.beds), from: try day(.from), until: try optionalDay(.until),
                    weeklyPrice: try money(.weekly)))
        case .stepDown:
            return .stepDown(
                StepDownLever(
                    perMonth: try whole(.perMonth), from: try day(.from), to: try category(.to),
                    targetWeekly: values[.weekly] == nil ? nil : try money(.weekly),
                    children: try selection(.residentialExternal)))
        case .entries: return .entries(EntriesLever(percent: try number(.percent), from: try day(.from)))
        case .priceUplift:
            return .priceUplift(
                PriceUpliftLever(kind: try demandCategory(), percent: try number(.percent), from: try day(.from)))
        case .rate: return .rates([try rateAdjustment()])
        }
    }
}

extension String {
    var trimmed: String {
        String(drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" }.reversed())
    }
}
