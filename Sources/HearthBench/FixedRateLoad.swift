import AsyncHTTPClient

/// A load at a fixed rate, open loop: request i is due at start + i ÷ rate whatever happened to the
/// others, and its latency counts from when it was due, not from when a connection was free to send it.
/// So a server that falls behind shows its queue in the latencies instead of quietly slowing the load
/// ("coordinated omission"). Requests go round the paths in turn over `connections` workers sharing the
/// client's keep-alive connections. The run is bounded: a request not sent within `grace` seconds after
/// the load's end is not sent at all and counts as failed, so an overwhelmed server cannot keep the
/// benchmark (and the machine) busy for many minutes.
struct FixedRateLoad: Sendable {
    struct Sample: Sendable {
        var path: String
        /// Seconds from when the request was due to the end of its reply; nil when it was not sent.
        var latency: Double?
        /// Why the request failed (a status other than 200, or a connection error); nil when it did not.
        var failure: String?
    }

    let client: HTTPClient
    let base: String
    let paths: [String]
    let headers: [(String, String)]
    let rate: Double
    let total: Int
    let connections: Int
    var grace: Double = 10

    /// Runs the whole load and returns every request's sample, and the seconds it took.
    func run() async -> (samples: [Sample], seconds: Double) {
        let start = monotonicSeconds() + 0.1
        let queue = RequestQueue(total: total)
        let samples = await withTaskGroup(of: [Sample].self) { group in
            for _ in 0..<connections { group.addTask { await work(start: start, queue: queue) } }
            var all: [Sample] = []
            for await some in group { all += some }
            return all
        }
        return (samples, monotonicSeconds() - start)
    }

    private func work(start: Double, queue: RequestQueue) async -> [Sample] {
        let lastSend = start + Double(total) / rate + grace
        var samples: [Sample] = []
        while let index = await queue.claim() {
            let due = start + Double(index) / rate, path = paths[index % paths.count]
            guard monotonicSeconds() < lastSend else {
                samples.append(
                    Sample(path: path, failure: "not sent: still queued \(Int(grace)) s after the load's end"))
                continue
            }
            let wait = due - monotonicSeconds()
            if wait > 0 { try? await Task.sleep(for: .seconds(wait)) }
            let failure = await send(path)
            samples.append(Sample(path: path, latency: monotonicSeconds() - due, failure: failure))
        }
        return samples
    }

    /// Sends one GET and reads the whole reply; why it failed, or nil.
    private func send(_ path: String) async -> String? {
        var request = HTTPClientRequest(url: base + path)
        for (name, value) in headers { request.headers.add(name: name, value: value) }
        do {
            let response = try await client.execute(request, timeout: .seconds(30))
            _ = try await response.body.collect(upTo: 64 << 20)
            return response.status.code == 200 ? nil : "HTTP \(response.status.code)"
        } catch {
            return "\(error)"
        }
    }
}

/// Hands out request numbers in order, each once.
actor RequestQueue {
    let total: Int
    private var next = 0

    init(total: Int) { self.total = total }

    func claim() -> Int? {
        guard next < total else { return nil }
        defer { next += 1 }
        return next
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
