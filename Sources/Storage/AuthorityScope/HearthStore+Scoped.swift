extension HearthStore {
    /// The same database seen through `scope`: care records, budgets, supply, programmes and saved scenarios
    /// narrowed to its authorities (accounts, tokens and the audit log as they are). The web application hands
    /// each request the store scoped to its account, so every page, API call, download and upload sees only that
    /// account's authorities. Shutting a scoped store down shuts the database down: shut the original instead.
    public func scoped(to scope: AuthorityScope) -> HearthStore {
        guard scope != .all else { return self }
        return HearthStore(
            location: location, connection: connection,
            careRecords: ScopedCareRecordRepository(base: careRecords, scope: scope),
            budget: ScopedBudgetRepository(base: budget, scope: scope),
            supply: ScopedSupplyRepository(base: supply, scope: scope),
            programmes: ScopedProgrammeRepository(base: programmes, scope: scope),
            scenarios: ScopedScenarioRepository(base: scenarios, scope: scope),
            market: market,
            accounts: accounts, apiTokens: apiTokens, audit: audit,
            imports: ScopedImportVersions(base: imports, scope: scope), pending: pending)
    }
}
