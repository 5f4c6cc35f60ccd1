import CareModel
import Foundation
import Testing

@testable import Storage

/// Ofsted's providers: stored and read back exactly, read by area and by URN in any case, replaced whole,
/// refused whole when a URN is given twice, and seen the same through a scoped store (it is public data).
@Suite("Market repository")
struct MarketRepositoryTests {
    static func day(_ iso: String) -> Day { Day(iso: iso)! }
    static func at(_ seconds: Double) -> Date { Date(timeIntervalSince1970: seconds) }

    /// Every optional field set, graded at an earlier inspection than the latest.
    static let full = OfstedProvider(
        urn: "SC123456", provisionType: "Children's home", registrationDate: day("2015-01-23"),
        registrationStatus: "Active", name: "Harbour View", localAuthority: "Plymouth", region: "South West",
        sector: "Private", places: 4, owner: "Acme Care Ltd", inspectionDate: day("2023-11-28"),
        overallGrade: .inadequate, gradedOn: day("2023-10-17"))

    /// Every optional field empty (an agency with no places and no name given, never graded).
    static let sparse = OfstedProvider(
        urn: "1234567", provisionType: "Independent Fostering Agency", localAuthority: "Devon")

    static let cornwall = OfstedProvider(
        urn: "SC765432", provisionType: "Children's Home", localAuthority: "Cornwall", sector: "Local Authority",
        places: 3, owner: "Cornwall Council", inspectionDate: day("2024-02-01"), overallGrade: .outstanding,
        gradedOn: day("2024-02-01"))

    @Test("providers round-trip with every optional field set and empty, sorted by URN", arguments: Backend.available)
    func roundTrip(_ backend: Backend) async throws {
        try await withStore(backend) { store in
            #expect(try await store.market.ofstedProvidersImportedAt() == nil)
            try await store.market.replaceOfstedProviders(
                [Self.full, Self.cornwall, Self.sparse], importedAt: Self.at(1))
            // "1234567" < "SC123456" < "SC765432": digits sort before letters.
            #expect(
                try await store.market.ofstedProviders(localAuthorities: nil) == [
                    Self.sparse, Self.full, Self.cornwall,
                ])
            #expect(try await store.market.ofstedProvidersImportedAt() == Self.at(1))
        }
    }

    @Test("providers are read by area and by URN, in any case", arguments: Backend.available)
    func narrowed(_ backend: Backend) async throws {
        try await withStore(backend) { store in
            try await store.market.replaceOfstedProviders(
                [Self.full, Self.cornwall, Self.sparse], importedAt: Self.at(1))
            let byArea: [(Set<String>, [OfstedProvider])] = [
                (["Plymouth"], [Self.full]), (["plymouth", "CORNWALL"], [Self.full, Self.cornwall]),
                (["Torbay"], []), ([], []),
            ]
            for (areas, expected) in byArea {
                #expect(try await store.market.ofstedProviders(localAuthorities: areas) == expected)
            }
            let byURN: [(Set<String>, [OfstedProvider])] = [
                (["sc123456"], [Self.full]), (["SC765432", "1234567", "SC000000"], [Self.sparse, Self.cornwall]),
                ([], []),
            ]
            for (urns, expected) in byURN {
                #expect(try await store.market.ofstedProviders(urns: urns) == expected)
            }
        }
    }

    @Test("replacing replaces every provider and moves the data version on", arguments: Backend.available)
    func replace(_ backend: Backend) async throws {
        try await withStore(backend) { store in
            try await store.market.replaceOfstedProviders([Self.full, Self.sparse], importedAt: Self.at(1))
            let before = try #require(await store.dataVersion())
            var regraded = Self.full
            regraded.overallGrade = .good
            try await store.market.replaceOfstedProviders([Self.cornwall, regraded], importedAt: Self.at(2))
            #expect(try await store.market.ofstedProviders(localAuthorities: nil) == [regraded, Self.cornwall])
            #expect(try await store.market.ofstedProvidersImportedAt() == Self.at(2))
            #expect(try #require(await store.dataVersion()) > before)
            try await store.market.replaceOfstedProviders([], importedAt: Self.at(3))
            #expect(try await store.market.ofstedProviders(localAuthorities: nil).isEmpty)
            #expect(try await store.market.ofstedProvidersImportedAt() == nil)
        }
    }

    @Test("a URN given twice is refused and nothing is written", arguments: Backend.available)
    func repeatedURN(_ backend: Backend) async throws {
        try await withStore(backend) { store in
            try await store.market.replaceOfstedProviders([Self.sparse], importedAt: Self.at(1))
            var again = Self.cornwall
            again.urn = "sc123456"
            await #expect(throws: StorageError.self) {
                try await store.market.replaceOfstedProviders([Self.full, again], importedAt: Self.at(2))
            }
            #expect(try await store.market.ofstedProviders(localAuthorities: nil) == [Self.sparse])
            #expect(try await store.market.ofstedProvidersImportedAt() == Self.at(1))
        }
    }

    @Test("a scoped store sees every provider: the register is public and national", arguments: Backend.available)
    func scoped(_ backend: Backend) async throws {
        try await withStore(backend) { store in
            try await store.market.replaceOfstedProviders([Self.full, Self.cornwall], importedAt: Self.at(1))
            let scoped = store.scoped(to: .only(["879"])).market
            #expect(try await scoped.ofstedProviders(localAuthorities: nil) == [Self.full, Self.cornwall])
            #expect(try await scoped.ofstedProviders(urns: ["SC765432"]) == [Self.cornwall])
        }
    }
}
