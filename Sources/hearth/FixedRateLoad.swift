import Foundation

/// A load at a fixed rate, open loop: request i is due at start + i ÷ rate whatever happened to the
/// others, and its latency counts from when it was due, not from when a connection was free to send it.
/// So a server that falls behind shows its queue in the latencies instead of quietly slowing the load
/// ("coordinated omission"). Requests go round the paths in turn, over `connections` keep-alive
/// connections, each on its own thread. The run is bounded: a request not sent within `grace` seconds
/// after the load's end is not sent at all and counts as failed, so an overwhelmed server cannot keep
/// the benchmark (and the machine) busy for many minutes.
final class FixedRateLoad: @unchecked Sendable {
    struct Sample {
        var path: String
        /// Seconds from when the request was due to the end of its reply; nil when it was not sent.
        var latency: Double?
        /// Why the request failed (a status other than 200, or a connection error); nil when it did not.
        var failure: String?
    }

    let host: String
    let port: Int
    let paths: [String]
    let headers: [(String, String)]
    let rate: Double
    let total: Int
    let connections: Int
    let grace: Double

    // Guarded by `lock`: the next request to hand out, and what each request gave.
    private let lock = NSLock()
    private var next = 0
    private var samples: [Sample] = []

    init(host: String, port: Int, paths: [String], headers: [(String, String)], rate: Double,
         seconds: Double, connections: Int, grace: Double = 10) {
        self.host = host
        self.port = port
        self.paths = paths
        self.headers = headers
        self.rate = rate
        self.total = Int((rate * seconds).rounded())
        self.connections = connections
        self.grace = grace
    }

    /// Runs the whole load and returns every request's sample, and the seconds it took.
    func run() -> (samples: [Sample], seconds: Double) {
        samples.reserveCapacity(total)
        let start = monotonicSeconds() + 0.1
        let finished = DispatchGroup()
        for _ in 0..<connections {
            finished.enter()
            Thread.detachNewThread { [self] in
                work(start: start)
                finished.leave()
            }
        }
        finished.wait()
        return (samples, monotonicSeconds() - start)
    }

    private func work(start: Double) {
        let connection = HTTPConnection(host: host, port: port)
        let lastSend = start + Double(total) / rate + grace
        while let index = claim() {
            let due = start + Double(index) / rate
            let path = paths[index % paths.count]
            guard monotonicSeconds() < lastSend else {
                record(Sample(path: path, latency: nil, failure: "not sent: still queued \(Int(grace)) s after the load's end"))
                continue
            }
            let wait = due - monotonicSeconds()
            if wait > 0 { usleep(useconds_t(wait * 1_000_000)) }
            var failure: String?
            do {
                let reply = try connection.send("GET", path, headers: headers)
                if reply.status != 200 { failure = "HTTP \(reply.status)" }
            } catch {
                failure = "\(error)"
            }
            record(Sample(path: path, latency: monotonicSeconds() - due, failure: failure))
        }
    }

    private func claim() -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard next < total else { return nil }
        defer { next += 1 }
        return next
    }

    private func record(_ sample: Sample) {
        lock.lock()
        samples.append(sample)
        lock.unlock()
    }
}

extension Array where Element == Double {
    /// The nearest-rank percentile of sorted values: the smallest value with at least `percent`% of the
    /// values at or below it.
    func percentile(_ percent: Double) -> Double {
        guard !isEmpty else { return .nan }
        let rank = Int((percent / 100 * Double(count)).rounded(.up))
        return self[Swift.max(0, Swift.min(count - 1, rank - 1))]
    }
}
