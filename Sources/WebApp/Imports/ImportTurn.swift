/// One SSDA903 merge-and-save at a time in this process.
///
/// An import reads the stored histories, merges its files into them and saves the result. Two imports
/// running side by side (two people uploading at once) would each merge into the same old histories, and
/// the later save would drop the earlier one's episodes for children both touched. Taking turns makes the
/// second merge into what the first saved. (An actor alone is not enough: it lets another call in at every
/// `await`, so waiting callers are queued here and resumed one by one.)
actor ImportTurn {
    static let shared = ImportTurn()

    private var busy = false
    private var waiting: [CheckedContinuation<Void, Never>] = []

    /// Runs `body` when no other import is running, and lets the next one in when it ends (or throws).
    func run<T: Sendable>(_ body: @Sendable () async throws -> T) async throws -> T {
        await acquire()
        defer { release() }
        return try await body()
    }

    private func acquire() async {
        guard busy else {
            busy = true
            return
        }
        await withCheckedContinuation { waiting.append($0) }
    }

    /// Hands the turn straight to the next waiter (still busy), or frees it.
    private func release() {
        if waiting.isEmpty {
            busy = false
        } else {
            waiting.removeFirst().resume()
        }
    }
}
