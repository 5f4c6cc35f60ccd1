import Synthetic

/// One generated authority (seed 7, six returns): realistic files for the readers' round-trip tests.
enum SyntheticFixture {
    static let authority = SyntheticRegion.generate(SyntheticRegion.Settings(seed: 7, authorities: 1, years: 6))
        .authorities[0]
}
