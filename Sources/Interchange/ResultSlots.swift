import Foundation

/// One slot per task for work spread over cores: each task writes only its own slot, under a lock,
/// and the caller reads them all in order once every task has finished.
final class ResultSlots<Value>: @unchecked Sendable {
    private var slots: [Value?]
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: Value) {
        lock.lock()
        slots[index] = value
        lock.unlock()
    }

    /// The values in slot order; `fallback` for a slot no task filled.
    func values(default fallback: @autoclosure () -> Value) -> [Value] {
        lock.lock()
        defer { lock.unlock() }
        return slots.map { $0 ?? fallback() }
    }
}
