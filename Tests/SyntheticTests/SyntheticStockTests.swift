import CareModel
import Testing

@testable import Interchange
@testable import Synthetic

@Suite("Synthetic authority: stock, mix and flows look like an English council")
struct SyntheticStockTests {
    typealias F = SyntheticFixture

    @Test("500 to 700 children in care on every 31 March")
    func stockSize() {
        for day in F.yearEnds {
            #expect((500...700).contains(F.authority.childrenInCare(on: day)), "\(day)")
        }
    }

    /// Shares of the children in care on a day: fostering, IFA within fostering, residential.
    func shares(on day: Day) -> (fostering: Double, agencyOfFostering: Double, residential: Double) {
        let c = F.byCategory(on: day)
        let total = Double(c.values.reduce(0, +))
        let fostering = Double(
            c[.fosteringInHouse, default: 0] + c[.fosteringAgency, default: 0]
                + c[.fosteringRelativeFriend, default: 0])
        let residential = Double(c[.residentialInHouse, default: 0] + c[.residentialExternal, default: 0])
        return (fostering / total, Double(c[.fosteringAgency, default: 0]) / fostering, residential / total)
    }

    @Test("about 70% fostering, a third of it IFA, 11–14% residential on average and growing")
    func mix() {
        // The bands allow a year's ups and downs (a handful of children in long placements); the
        // residential average over the six years must sit in 11–14%.
        var residential: [Double] = []
        for day in F.yearEnds {
            let s = shares(on: day)
            #expect((0.65...0.78).contains(s.fostering), "fostering \(s.fostering) on \(day)")
            #expect((0.27...0.40).contains(s.agencyOfFostering), "IFA share \(s.agencyOfFostering) on \(day)")
            #expect((0.10...0.15).contains(s.residential), "residential \(s.residential) on \(day)")
            residential.append(s.residential)
        }
        #expect((0.11...0.14).contains(residential.reduce(0, +) / Double(residential.count)))
        #expect(residential[residential.count - 1] > residential[0])
    }

    @Test("about 1% in unregistered placements, all teenagers")
    func unregistered() {
        var total = 0
        for day in F.yearEnds {
            for child in F.authority.children {
                for e in child.episodes where e.kind == .unregistered && e.episode.isOpen(on: day) {
                    total += 1
                    #expect(child.dateOfBirth.age(on: day) >= 10)
                    #expect(e.provider?.registration == .unregistered)
                    #expect(e.episode.urn == "XXXXXXX")
                }
            }
        }
        // Six counts of about 580 children: 1% would be about 35 in all.
        #expect((12...70).contains(total))
    }

    @Test("every age band from under 1 to 16 and over is in care")
    func ages() {
        let bands = Set(F.authority.stock(on: F.yearEnds[5]).map(\.ageBand))
        #expect(bands == Set(AgeBand.allCases))
    }

    @Test("about 30 entries a month, more in summer than in December")
    func entries() {
        var byMonth = [Int](repeating: 0, count: 13)
        var total = 0
        let first = F.authority.returnYears[0].first, last = F.yearEnds[5]
        for history in F.authority.histories {
            for day in history.careEntries where day >= first && day <= last {
                byMonth[day.month] += 1
                total += 1
            }
        }
        let perMonth = Double(total) / 72
        #expect((25...36).contains(perMonth), "\(perMonth) a month")
        #expect(byMonth[7] + byMonth[8] > 2 * byMonth[12])
    }

    @Test("expected-stock.csv is the authority's own stock on each 31 March")
    func expectedStockFile() {
        var expected = CSVWriter(header: ["date", "authority", "category", "age_band", "children"])
        for day in F.yearEnds {
            for cell in F.authority.stock(on: day) {
                expected.append([day.iso, "990", cell.category.rawValue, cell.ageBand.rawValue, String(cell.children)])
            }
        }
        #expect(F.authority.expectedStockCSV().text == expected.text)
        #expect(
            F.authority.expectedStockCSV().text.hasPrefix(
                "date,authority,category,age_band,children\r\n2020-03-31,990,"))
    }

    @Test("stock cells are non-zero, in category then age band order")
    func stockOrder() {
        let cells = F.authority.stock(on: F.yearEnds[5])
        #expect(cells.allSatisfy { $0.children > 0 && $0.authority == "990" })
        let keys = cells.map { (PlacementCategory.allCases.firstIndex(of: $0.category)!, $0.ageBand) }
        #expect(zip(keys, keys.dropFirst()).allSatisfy { $0 < $1 })
    }

    @Test("the stock counted from the written returns equals the simulation's stock")
    func stockFromReturns() {
        // Re-read the returns the way the importer will: the latest return's row for each child and
        // start date; then count DECOM ≤ day < DEC.
        var latest: [String: [Day: Episode]] = [:]
        var dob: [String: Day] = [:]
        for year in F.authority.returnYears {
            let contents = F.authority.returnContents(for: year)
            for child in contents.children { dob[child.id] = child.dateOfBirth }
            for e in contents.episodes { latest[e.childID, default: [:]][e.start] = e }
        }
        for day in F.yearEnds {
            var counts: [InCareCount: Int] = [:]
            for (child, episodes) in latest {
                guard let e = episodes.values.first(where: { $0.isOpen(on: day) }) else { continue }
                let cell = InCareCount(
                    date: day, authority: "990", category: e.category, ageBand: AgeBand(age: dob[child]!.age(on: day)),
                    children: 0)
                counts[cell, default: 0] += 1
            }
            let fromReturns = counts.map {
                InCareCount(
                    date: day, authority: $0.key.authority, category: $0.key.category,
                    ageBand: $0.key.ageBand, children: $0.value)
            }
            #expect(Set(fromReturns) == Set(F.authority.stock(on: day)), "\(day)")
        }
    }
}
