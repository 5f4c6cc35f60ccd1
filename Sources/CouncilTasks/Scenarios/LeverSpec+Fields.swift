import CareModel
import Forecasting

extension LeverSpec {
    func problem(_ field: LeverField, _ rule: String) -> LeverSpecError {
        LeverSpecError(kind: kind, field: field, rule: rule)
    }

    func required(_ field: LeverField) throws(LeverSpecError) -> String {
        guard let text = values[field] else { throw problem(field, "is needed") }
        return text
    }

    func whole(_ field: LeverField, or fallback: Int? = nil) throws(LeverSpecError) -> Int {
        if values[field] == nil, let fallback { return fallback }
        guard let value = Int(try required(field)), (0...100_000).contains(value) else {
            throw problem(field, "must be a whole number from 0 to 100,000")
        }
        return value
    }

    func number(_ field: LeverField) throws(LeverSpecError) -> Double {
        guard let value = Double(try required(field)), value.isFinite else { throw problem(field, "must be a number") }
        return value
    }

    func day(_ field: LeverField) throws(LeverSpecError) -> Day {
        guard let day = Day(iso: try required(field)) else { throw problem(field, "must be a date, YYYY-MM-DD") }
        return day
    }

    func optionalDay(_ field: LeverField) throws(LeverSpecError) -> Day? {
        values[field] == nil ? nil : try day(field)
    }

    func money(_ field: LeverField, or fallback: Money? = nil) throws(LeverSpecError) -> Money {
        if values[field] == nil, let fallback { return fallback }
        guard let amount = Money(parsing: try required(field)), amount >= .zero else {
            throw problem(field, "must be an amount in pounds, like 9000 or 9000.50")
        }
        return amount
    }

    func replaced() throws(LeverSpecError) -> ReplacedHome {
        guard let text = values[.instead] else { return .agencyFostering }
        guard let home = ReplacedHome(rawValue: text) else {
            throw problem(.instead, "must be fostering-ifa or residential-external")
        }
        return home
    }

    func category(_ field: LeverField) throws(LeverSpecError) -> PlacementCategory {
        guard let text = values[field] else { return .fosteringInHouse }
        guard let category = PlacementCategory(rawValue: text),
            [.fosteringInHouse, .fosteringAgency, .fosteringRelativeFriend, .supported].contains(category)
        else {
            throw problem(field, "must be fostering-in-house, fostering-ifa, fostering-relative-friend or supported")
        }
        return category
    }

    func demandCategory() throws(LeverSpecError) -> DemandCategory {
        let text = try required(.kind)
        guard let category = DemandCategory.inCare.first(where: { $0.label.lowercased() == text.lowercased() }) else {
            throw problem(.kind, "must be fostering, residential, supported or other")
        }
        return category
    }

    /// Named children, or the N highest-cost of an age range in `category`; none when neither is given.
    func selection(_ category: PlacementCategory) throws(LeverSpecError) -> ChildSelection? {
        if let text = values[.children] {
            let ids = text.split(whereSeparator: { $0 == " " || $0 == ";" }).map(String.init)
            guard (1...100).contains(ids.count), ids.allSatisfy({ $0.count <= 20 }) else {
                throw problem(.children, "name 1 to 100 children by their references")
            }
            return .named(ids)
        }
        guard values[.highest] != nil else { return nil }
        let count = try whole(.highest)
        let ages = (values[.ages] ?? "0-17").split(separator: "-").compactMap { Int($0) }
        guard ages.count == 2, ages[0] <= ages[1], (0...17).contains(ages[0]), (0...17).contains(ages[1]) else {
            throw problem(.ages, "must be two ages from 0 to 17, youngest first, like 8-16")
        }
        return .highestCost(count: count, category: category, youngest: ages[0], oldest: ages[1])
    }
}
