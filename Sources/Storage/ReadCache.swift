/// What the store last read (or what a page computed from it), kept while the data version stays the same,
/// under a typed key (the store's `StoredRead`, the web app's own).
///
/// Pages read the same histories and costs register on every request, and decoding them is most of a
/// page's cost; the data changes only when something is imported or a month is closed. Each cached read
/// first asks the database for its data version (one tiny query), so a change made by any process —
/// another `hearth` command, another server — is seen at once.
public actor ReadCache {
    private var version: Int64 = -1
    /// Each value boxed, so that a kept `nil` (no closed forecast, say) is told apart from nothing kept.
    private var values: [AnyHashable: Kept] = [:]

    private struct Kept: Sendable {
        var value: any Sendable
    }

    /// The value kept under `key` for `version`, or what `load` reads (kept unless the version moved on
    /// while it was reading). A new version drops everything kept for the old one.
    public init() {}

    public func value<Key: Hashable & Sendable, T: Sendable>(
        _ key: Key, version: Int64, load: @Sendable () async throws -> T
    ) async throws -> T {
        forget(unless: version)
        if let kept = values[key], let value = kept.value as? T { return value }
        let loaded = try await load()
        if version == self.version { values[key] = Kept(value: loaded) }
        return loaded
    }

    private func forget(unless version: Int64) {
        guard version != self.version else { return }
        values = [:]
        self.version = version
    }
}

extension Connection {
    /// The data version, or `nil` when the database cannot say (not yet migrated): then nothing is cached.
    func dataVersion() async -> Int64? {
        try? await reading("read the data version") { db in try await DataVersion.read(db) }
    }

    /// `load`, through `cache` while the data version is known.
    func cached<T: Sendable>(_ cache: ReadCache, _ key: StoredRead, _ load: @escaping @Sendable () async throws -> T)
        async throws -> T
    {
        guard let version = await dataVersion() else { return try await load() }
        return try await cache.value(key, version: version, load: load)
    }
}
