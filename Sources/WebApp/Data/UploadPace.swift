/// How slowly an upload may arrive: after a grace period, at least `minimumBytesPerSecond` on average. A
/// client trickling a byte now and then (each within the idle timeout) would otherwise hold a connection
/// and its half-read files for as long as it liked; the review held 3,000 such uploads for 36 s.
struct UploadPace: Sendable, Equatable {
    /// Seconds any upload may take, however small.
    var graceSeconds: Double
    /// The slowest average rate accepted beyond the grace: 16 KB/s, a poor mobile connection.
    var minimumBytesPerSecond: Double

    init(graceSeconds: Double = 30, minimumBytesPerSecond: Double = 16 * 1024) {
        self.graceSeconds = graceSeconds
        self.minimumBytesPerSecond = minimumBytesPerSecond
    }

    /// Whether `received` bytes in `elapsed` seconds is fast enough: the time allowed grows with the bytes.
    func allows(received: Int, elapsedSeconds elapsed: Double) -> Bool {
        elapsed <= graceSeconds + Double(received) / minimumBytesPerSecond
    }
}
