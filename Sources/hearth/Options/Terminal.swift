import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writing to the terminal: results to standard output, progress and problems to standard error.
enum Terminal {
    /// Whether standard error is a terminal, so progress lines are worth showing (not in logs or pipes).
    static let showsProgress: Bool = isatty(2) == 1

    static func error(_ line: String) {
        write(line + "\n")
    }

    /// A line on standard output written at once: `print` holds output back when it goes to a pipe or a
    /// log file, which would hide "Hearth is running at …" from whoever started the server.
    static func say(_ line: String) {
        FileHandle.standardOutput.write(Data((line + "\n").utf8))
    }

    /// A progress line that the next progress line overwrites; nothing when not on a terminal.
    static func progress(_ line: String) {
        guard showsProgress else { return }
        write("\r\u{1B}[2K" + line)
    }

    /// Ends a run of progress lines.
    static func progressDone() {
        guard showsProgress else { return }
        write("\r\u{1B}[2K")
    }

    private static func write(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}

/// Wall-clock time in seconds, for progress and benchmarks.
func monotonicSeconds() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_MONOTONIC, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
}
