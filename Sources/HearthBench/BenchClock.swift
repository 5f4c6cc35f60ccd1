import Dispatch

/// Seconds on the monotonic clock, for timing stages.
func monotonicSeconds() -> Double {
    Double(DispatchTime.now().uptimeNanoseconds) / 1e9
}
