import Foundation
import Testing

/// `hearth import ofsted-providers` with Ofsted's real provider-level file, and `hearth market` around an area.
@Suite("hearth import ofsted-providers and hearth market", .serialized)
struct MarketCommandTests {
    static let file = "../shared/data/ofsted-providers/All_SocCare_inspec_2324.csv"

    /// The file's README counts: 3,327 providers, 2,988 children's homes with 11,352 places; Plymouth has 14.
    @Test func loadsTheRealRegisterAndCountsAnArea() throws {
        let work = try Workspace()
        let db = work.path("hearth.sqlite")
        try work.hearth(["generate", "--out", work.path("gen"), "--seed", "3", "--years", "2"]).expectSuccess()
        try work.hearth(["import", "ssda903", work.path("gen"), "--db", db]).expectSuccess()
        let loaded = try work.hearth(["import", "ofsted-providers", Self.file, "--db", db])
        loaded.expectSuccess()
        #expect(loaded.out.contains("Loaded 3,327 providers: 2,988 children's homes with 11,352 places."))
        let market = try work.hearth(["market", "--area", "Plymouth", "--neighbour", "Cornwall", "--db", db])
        market.expectSuccess()
        let plymouth = market.out.split(separator: "\n").first { $0.hasPrefix("  Plymouth") }
        #expect(plymouth?.contains("14 homes") == true, "\(market.out)")
        #expect(market.out.contains("By sector") && market.out.contains("Largest owners"))
    }
}
