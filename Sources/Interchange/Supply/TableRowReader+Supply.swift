import CareModel
import Foundation

/// Field reads the supply registers need beyond the costs register's: bounded whole numbers, codes
/// that are Hearth's own (`HouseholdKind`, `RecruitmentStage`, …), lists of codes, and postcodes.
extension TableRowReader {
    /// A whole number in `range`.
    mutating func whole(_ name: String, in range: ClosedRange<Int>, required isRequired: Bool = false) -> Int? {
        guard let value = isRequired ? required(name) : text(name) else { return nil }
        if let number = Int(value), range.contains(number) { return number }
        problem(name, "'\(value)' is not a whole number from \(range.lowerBound) to \(range.upperBound)")
        return nil
    }

    /// One of Hearth's codes, matched without regard to case, with a space or `_` taken as `-`
    /// ("On hold" reads as on-hold). `noun` names the kind of code in the problem ("a household kind").
    mutating func choice<Code: RawRepresentable & CaseIterable>(
        _ name: String, _ noun: String, required isRequired: Bool = false, as: Code.Type = Code.self
    ) -> Code? where Code.RawValue == String {
        guard let value = isRequired ? required(name) : text(name) else { return nil }
        if let code = Code(rawValue: Self.codeKey(value)) { return code }
        problem(name, "'\(value)' is not \(noun) (expected one of \(Self.codeList(Code.self)))")
        return nil
    }

    /// Codes separated by ";" (`short-term;long-term`); empty when the field is blank. Each code that does
    /// not read is its own problem.
    mutating func choices<Code: RawRepresentable & CaseIterable & Hashable>(
        _ name: String, _ noun: String, as: Code.Type = Code.self
    ) -> Set<Code> where Code.RawValue == String {
        guard let value = text(name) else { return [] }
        var codes: Set<Code> = []
        for part in value.split(separator: ";") {
            let item = part.trimmingCharacters(in: .whitespaces)
            guard !item.isEmpty else { continue }
            if let code = Code(rawValue: Self.codeKey(item)) {
                codes.insert(code)
            } else {
                problem(
                    name,
                    "'\(item)' is not \(noun) (expected one of \(Self.codeList(Code.self)); separate several with ;)")
            }
        }
        return codes
    }

    /// A UK postcode (see `Postcode`), kept in its usual form: capitals, one space ("PL6 5AB").
    mutating func postcode(_ name: String) -> String? {
        value(name, expected: "a UK postcode (e.g. PL6 5AB)") { text in
            Postcode(text).map { "\($0.outward) \($0.inward)" }
        }
    }

    /// Whether the column is there and the field not blank, whatever it holds: for rules that one field
    /// needs another, which should not also fire when the other is there but wrong.
    func isGiven(_ name: String) -> Bool { text(name) != nil }

    static func codeKey(_ text: String) -> String {
        String(text.lowercased().map { $0 == " " || $0 == "_" ? "-" : $0 })
    }

    static func codeList<Code: RawRepresentable & CaseIterable>(_: Code.Type) -> String
    where Code.RawValue == String {
        Code.allCases.map(\.rawValue).joined(separator: ", ")
    }
}
