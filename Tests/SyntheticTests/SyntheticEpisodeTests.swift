import CareModel
import Testing

@testable import Interchange
@testable import Synthetic

@Suite("Synthetic returns: episodes are internally consistent and coded for their year")
struct SyntheticEpisodeTests {
    typealias F = SyntheticFixture

    @Test("histories are sorted by child ID, with unique six-digit IDs")
    func childIDs() {
        let ids = F.authority.histories.map(\.child.id)
        #expect(ids == ids.sorted())
        #expect(Set(ids).count == ids.count)
        #expect(ids.allSatisfy { $0.count == 6 && $0.allSatisfy(\.isNumber) })
    }

    @Test("a child's episodes do not overlap; same-day changes end X1; care periods are a day or more apart")
    func episodeChains() {
        for history in F.authority.histories {
            let episodes = history.episodes
            #expect(Set(episodes.map(\.start)).count == episodes.count, "duplicate DECOM for \(history.child.id)")
            for (a, b) in zip(episodes, episodes.dropFirst()) {
                guard let end = a.end else {
                    Issue.record("open episode before another for \(history.child.id)")
                    continue
                }
                #expect(a.start < end && end <= b.start, "\(history.child.id) \(a.start)")
                if end == b.start {
                    #expect(a.reasonEnded == .x1 && b.reasonNew != .s, "\(history.child.id) \(b.start)")
                } else {
                    #expect(a.reasonEnded?.leavesCare == true && b.reasonNew == .s, "\(history.child.id) \(b.start)")
                }
            }
        }
    }

    @Test("a move records why; a change with the same carers keeps the home")
    func reasons() {
        for history in F.authority.histories {
            for (a, b) in zip(history.episodes, history.episodes.dropFirst()) where a.end == b.start {
                switch b.reasonNew {
                case .p, .b: #expect(a.reasonPlaceChange != nil && a.reasonPlaceChange != .place)
                case .t, .u: #expect(a.reasonPlaceChange == .place && a.placementPostcode == b.placementPostcode)
                case .l: #expect(a.reasonPlaceChange == nil && a.placementPostcode == b.placementPostcode)
                case .s: Issue.record("S continuing a period for \(history.child.id)")
                }
            }
        }
    }

    @Test("no child is in care on or after their 18th birthday")
    func leaveBy18() {
        for history in F.authority.histories {
            let last = history.episodes[history.episodes.count - 1]
            let end = last.end ?? F.yearEnds[5].adding(days: 1)
            #expect(end <= history.child.eighteenthBirthday, "\(history.child.id)")
        }
    }

    @Test("each return has only its year's codes: K3 from 2024-25, H5 and P2 before; SEX 1/2 then M/F")
    func codesByYear() {
        for year in F.authority.returnYears {
            let contents = F.authority.returnContents(for: year)
            for e in contents.episodes {
                #expect(e.place.isValid(in: year), "\(e.place) in \(year.label)")
                #expect(!e.legalStatus.isShortBreak)
                if year.startYear >= 2024 { #expect(e.place != .h5 && e.place != .p2) }
                if e.place == .p1 { #expect(e.provider == .pr0) }
                if e.place.expectsNoProvider || e.place == .z1 { #expect(e.provider == nil) }
                #expect(e.start <= year.last && (e.end.map { $0 >= year.first && $0 <= year.last } ?? true))
            }
            let sexes = Set(contents.children.map { $0.sex.returnCode(in: year) })
            #expect(sexes == (year.startYear >= 2024 ? ["M", "F"] : ["1", "2"]), "\(year.label)")
            let listed = Set(contents.episodes.map(\.childID))
            #expect(Set(contents.children.map(\.id)) == listed)
        }
    }

    @Test("an episode open on 31 March is open in that return and reappears in the next")
    func openEpisodesCarryOver() {
        let years = F.authority.returnYears
        for (this, next) in zip(years, years.dropFirst()) {
            let open = F.authority.returnContents(for: this).episodes.filter { $0.end == nil }
            let nextStarts = Set(F.authority.returnContents(for: next).episodes.map { "\($0.childID) \($0.start)" })
            #expect(!open.isEmpty)
            #expect(open.allSatisfy { nextStarts.contains("\($0.childID) \($0.start)") })
        }
    }

    @Test("legal statuses: V2 about 40% of episodes, most of the rest care orders, no short breaks")
    func legalStatuses() {
        let episodes = F.authority.histories.flatMap(\.episodes)
        func share(_ statuses: Set<LegalStatus>) -> Double {
            Double(episodes.filter { statuses.contains($0.legalStatus) }.count) / Double(episodes.count)
        }
        #expect((0.30...0.50).contains(share([.v2])))
        #expect((0.40...0.60).contains(share([.c1, .c2])))
        #expect(share([.e1, .j1, .l1, .l2]) > 0.03)
        #expect(share([.v3, .v4]) == 0)
    }

    @Test("care ends in the ways it does for children of each age")
    func exits() {
        var reasons: [ReasonEpisodeCeased: Int] = [:]
        for history in F.authority.histories {
            for e in history.episodes where e.reasonEnded?.leavesCare == true {
                reasons[e.reasonEnded!, default: 0] += 1
                let age = history.child.age(on: e.end!)
                if [.e11, .e12].contains(e.reasonEnded!) { #expect(age < 12, "adopted at \(age)") }
                if [.e17, .e5, .e6].contains(e.reasonEnded!) { #expect(age >= 16, "left for independence at \(age)") }
            }
        }
        for reason in [ReasonEpisodeCeased.e11, .e12, .e4a, .e4b, .e13, .e45, .e46, .e17, .e5, .e8] {
            #expect(reasons[reason, default: 0] > 0, "\(reason)")
        }
    }

    @Test("the header is as in the child's latest return: UN1 for the under-fives, MOTHER only for girls")
    func headers() {
        for history in F.authority.histories {
            let child = history.child
            if child.sex == .male { #expect(child.isMother == nil) }
            #expect(child.upn == "UN1" || child.upn?.count == 13)
            #expect((child.isMother == true) == (child.motherChildDateOfBirth != nil))
        }
    }
}
