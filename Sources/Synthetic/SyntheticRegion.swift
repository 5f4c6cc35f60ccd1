import CareModel

/// A made-up region of English councils with several years of SSDA903 returns, placement costs and
/// providers, for demonstrations, tests and benchmarks. No real child is in it.
///
/// Everything follows from the settings: the same settings give the same authorities, episodes and
/// prices, and `write(to:)` the same bytes, on every run and every machine.
public struct SyntheticRegion: Sendable {
    public var settings: Settings
    public var authorities: [SyntheticAuthority]

    /// Simulates the region. Pure: no files, no clock, no system randomness. Settings out of range
    /// (see `Settings.validate()`) are a programming error here; the command line checks them first.
    public static func generate(_ settings: Settings) -> SyntheticRegion {
        do { try settings.validate() } catch { preconditionFailure("\(error)") }
        let market = ProviderMarket(seed: settings.seed)
        let authorities = (0..<settings.authorities).map { index in
            AuthoritySimulation(
                profile: AuthorityProfile(index: index, seed: settings.seed), market: market,
                settings: settings
            ).run()
        }
        return SyntheticRegion(settings: settings, authorities: authorities)
    }
}
