import CareModel
import Forecasting

extension LeverSpec {
    /// A rate adjustment: from one state to another (or entries into a state), multiplied or added to.
    func rateAdjustment() throws(LeverSpecError) -> RateAdjustment {
        let to = try state(.toState)
        let fromText = try required(.fromState)
        let target: RateAdjustment.Target =
            fromText == "entry" ? .entry(into: to) : .transition(from: try state(.fromState), to: to)
        if values[.multiply] != nil {
            let factor = try number(.multiply)
            guard factor >= 0 else { throw problem(.multiply, "must not be negative") }
            return RateAdjustment(target, .multiply(factor))
        }
        guard values[.add] != nil else { throw problem(.multiply, "give multiply or add") }
        return RateAdjustment(target, .add(try number(.add)))
    }

    /// "residential:10-16": a kind of home and an age band (0-1, 1-5, 5-10, 10-16, 16+).
    func state(_ field: LeverField) throws(LeverSpecError) -> DemandState {
        let parts = try required(field).lowercased().split(separator: ":").map(String.init)
        guard parts.count == 2,
            let category = DemandCategory.allCases.first(where: { $0.code == parts[0] }),
            let band = DemandAgeBand.allCases.first(where: { $0.code == parts[1] })
        else {
            throw problem(
                field,
                "must be kind:ages — fostering, residential, supported, other or not-in-care; 0-1, 1-5, 5-10, "
                    + "10-16 or 16+ — like residential:10-16")
        }
        return DemandState(band, category)
    }
}

extension DemandCategory {
    /// The category's code in lever fields.
    var code: String { label.lowercased().replacingOccurrences(of: " ", with: "-") }
}

extension DemandAgeBand {
    /// The band's code in lever fields.
    var code: String {
        switch self {
        case .birthToOne: "0-1"
        case .oneToFive: "1-5"
        case .fiveToTen: "5-10"
        case .tenToSixteen: "10-16"
        case .sixteenPlus: "16+"
        }
    }
}
