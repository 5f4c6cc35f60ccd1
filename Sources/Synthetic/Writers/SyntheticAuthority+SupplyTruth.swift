import CareModel
import Interchange

extension SyntheticAuthority {
    /// Every household approved on `day` (on hold or under review included, resigned ones not): its places,
    /// children placed (placements naming it as carer with placement_start ≤ day < placement_end, as the
    /// returns count), places on hold, and places free. Counted from the generator's own households and cost
    /// rows, so what Hearth works out from the files can be checked against it.
    public func vacancies(on day: Day) -> [SyntheticVacancy] {
        var placed: [String: Set<String>] = [:]
        for row in costs where row.placementStart <= day && (row.placementEnd.map { day < $0 } ?? true) {
            if let carer = row.carer { placed[carer, default: []].insert(row.child) }
        }
        return households.filter { $0.approvedPlaces(on: day) > 0 }.map { h in
            let children = placed[h.id]?.count ?? 0, held = h.placesOnHold(on: day)
            return SyntheticVacancy(
                household: h.id, places: h.places, placed: children, onHold: held,
                vacancies: max(0, h.places - children - held))
        }
    }

    /// `expected-vacancies.csv`: `vacancies(on:)` the data end day.
    public func expectedVacanciesCSV() -> CSVWriter {
        var csv = CSVWriter(header: ["household", "places", "placed", "on_hold", "vacancies"])
        for v in vacancies(on: dataEnd) {
            csv.append([v.household, String(v.places), String(v.placed), String(v.onHold), String(v.vacancies)])
        }
        return csv
    }

    /// Prospective foster carers reaching each stage (or withdrawing) in each return year, counted by the day
    /// of the event; every year and stage, zeros included, years oldest first and stages in funnel order.
    public func recruitmentFunnel() -> [(year: FinancialYear, stage: RecruitmentStage, prospects: Int)] {
        var reached: [FinancialYear: [RecruitmentStage: Set<String>]] = [:]
        for event in recruitmentEvents {
            let year = FinancialYear(containing: event.day)
            reached[year, default: [:]][event.stage, default: []].insert(event.prospect)
        }
        return returnYears.flatMap { year in
            RecruitmentStage.allCases.map { stage in
                (year: year, stage: stage, prospects: reached[year]?[stage]?.count ?? 0)
            }
        }
    }

    /// `expected-funnel.csv`: `recruitmentFunnel()`, the year as "2024-25".
    public func expectedFunnelCSV() -> CSVWriter {
        var csv = CSVWriter(header: ["year", "stage", "prospects"])
        for row in recruitmentFunnel() {
            csv.append([row.year.label, row.stage.rawValue, String(row.prospects)])
        }
        return csv
    }
}
