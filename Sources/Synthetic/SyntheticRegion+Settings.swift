import CareModel

extension SyntheticRegion {
    /// What to generate: how many authorities, how many yearly returns, and the seed that fixes every draw.
    public struct Settings: Sendable, Hashable {
        /// The same seed (and other settings) always gives byte-identical files.
        public var seed: UInt64 = 7
        /// Number of authorities in the region, 1...150.
        public var authorities = 1
        /// Number of yearly SSDA903 returns per authority, 1...20.
        public var years = 6
        /// The year the last return ends: 2025 means the last return is 2024-25 (ends 31 March 2025).
        public var lastReturnYearEnding = 2025

        public init(seed: UInt64 = 7, authorities: Int = 1, years: Int = 6, lastReturnYearEnding: Int = 2025) {
            self.seed = seed
            self.authorities = authorities
            self.years = years
            self.lastReturnYearEnding = lastReturnYearEnding
        }

        public static let authorityRange = 1...150
        public static let yearRange = 1...20
        public static let lastReturnYearRange = 2000...2100

        /// Checks the settings are in range, so the command line can say what is wrong before generating.
        public func validate() throws(SyntheticError) {
            guard Settings.authorityRange.contains(authorities) else {
                throw .authoritiesOutOfRange(authorities)
            }
            guard Settings.yearRange.contains(years) else { throw .yearsOutOfRange(years) }
            guard Settings.lastReturnYearRange.contains(lastReturnYearEnding) else {
                throw .lastReturnYearOutOfRange(lastReturnYearEnding)
            }
        }

        /// The collection years of the returns, oldest first.
        public var returnYears: [FinancialYear] {
            (0..<years).map { FinancialYear.ending(lastReturnYearEnding - years + 1 + $0) }
        }

        /// The days the returns cover: 1 April of the first year to 31 March of the last.
        var window: ClosedRange<Day> {
            FinancialYear.ending(lastReturnYearEnding - years + 1)
                .first...FinancialYear.ending(lastReturnYearEnding).last
        }
    }
}

extension SyntheticRegion.Settings {
    /// Settings checked against the generator's limits, so a bad option is an error message, not a crash.
    public static func validated(seed: UInt64, authorities: Int, years: Int, lastReturnYearEnding: Int) throws -> Self {
        let settings = Self(
            seed: seed, authorities: authorities, years: years, lastReturnYearEnding: lastReturnYearEnding)
        try settings.validate()
        return settings
    }
}
