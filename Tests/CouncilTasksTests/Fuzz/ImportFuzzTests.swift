import CareModel
import CouncilTasks
import Foundation
import Interchange
import Storage
import Testing

/// Every importer fed seeded mutations of valid files (`FuzzMutation` on `FuzzCorpus`): 150 cases each by default,
/// as many as `HEARTH_FUZZ_CASES` says for a longer run. Every case must finish: a crash kills the test process,
/// so running a case checks that, and `FuzzGuard` catches a hang. Every refusal must name a problem. Every tenth
/// case goes through a store as an upload does, and an import that is refused (or finds nothing new) must leave
/// the store exactly as it was. A failure names the case and its seed; `HEARTH_FUZZ_SEED=SEED` runs that one.
@Suite("Every importer, fuzzed")
struct ImportFuzzTests {
    @Test func ssda903CSV() async throws { try await FuzzRun(target: .ssda903CSV).run() }
    @Test func ssda903XML() async throws { try await FuzzRun(target: .ssda903XML).run() }
    @Test func placementCosts() async throws { try await FuzzRun(target: .placementCosts).run() }
    @Test func budget() async throws { try await FuzzRun(target: .budget).run() }

    /// The seeds are valid, so every mutation starts one step from a file the importer accepts.
    @Test func seedsAreAccepted() {
        for target in [FuzzTarget.ssda903CSV, .ssda903XML, .placementCosts, .budget] {
            for files in target.seeds {
                let outcome = target.read(FuzzInput(files: files, authority: nil, asAt: FuzzCorpus.asAt))
                #expect(outcome == .accepted, "\(target.name): \(files.map(\.name))")
            }
        }
    }
}

/// How many cases run, which are imported into a store, and how long a case may take.
enum FuzzSettings {
    /// Cases per importer: `HEARTH_FUZZ_CASES` when set, else enough for every run of the suite.
    static var caseCount: Int {
        ProcessInfo.processInfo.environment["HEARTH_FUZZ_CASES"].flatMap { Int($0) }.map { max($0, 1) } ?? 150
    }
    /// `HEARTH_FUZZ_SEED`: only the case with this seed (from a failure message), imported into a store.
    static var onlySeed: UInt64? { ProcessInfo.processInfo.environment["HEARTH_FUZZ_SEED"].flatMap { UInt64($0) } }
    /// Every this many cases is imported into a store: snapshotting a store costs more than a parse.
    static let storeEvery = 10
    /// Seconds a case may take. A hang guard, not a speed test: far above what any case takes even in a debug
    /// build on a busy 2-core machine, so only a parse that never ends trips it.
    static let hangLimit = 20

    /// Each case's number and seed; `salt` keeps the importers' seeds apart.
    static func cases(salt: UInt64) -> [(Int, UInt64)] {
        if let onlySeed { return [(0, onlySeed)] }
        return (0..<caseCount).map { ($0, Xoshiro256.mix(salt << 32 | UInt64($0))) }
    }
}

/// Runs work off the test's own task and waits a bounded time for it.
enum FuzzGuard {
    /// What `work` returned, or `nil` when it had not finished within `seconds`. Work that overruns is left
    /// running (a task cannot be stopped from outside); the process ends it when the tests are done.
    static func finishing<T: Sendable>(within seconds: Int, _ work: @escaping @Sendable () async -> T) async -> T? {
        let (results, continuation) = AsyncStream.makeStream(of: T?.self)
        Task.detached {
            let value = await work()
            continuation.yield(value)
        }
        let timer = Task.detached {
            try? await Task.sleep(for: .seconds(seconds))
            continuation.yield(nil)
        }
        for await result in results {
            timer.cancel()
            return result
        }
        return nil
    }
}

/// One importer's cases, in order, on one store (opened once: opening a store costs more than many cases).
struct FuzzRun: Sendable {
    let target: FuzzTarget

    func run() async throws {
        try await FuzzStore.withStore { store in
            for (number, seed) in FuzzSettings.cases(salt: target.salt) {
                let useStore = FuzzSettings.onlySeed != nil || number % FuzzSettings.storeEvery == 0
                // A case that hangs ends the run: its work still holds a core, and perhaps the store.
                guard try await fuzzCase(number, seed: seed, store: useStore ? store : nil) else { return }
            }
        }
    }

    /// Runs one case; `false` when it did not finish.
    func fuzzCase(_ number: Int, seed: UInt64, store: HearthStore?) async throws -> Bool {
        var random = FuzzRandom(seed: seed)
        let (input, mutations) = target.input(&random)
        let label =
            "\(target.name) case \(number), seed \(seed) (\(mutations.joined(separator: "; "))); "
            + "run it alone with HEARTH_FUZZ_SEED=\(seed) swift test --filter ImportFuzzTests"
        guard let store else { return await read(input, label) }
        return try await importInto(store, input, label)
    }

    private func read(_ input: FuzzInput, _ label: String) async -> Bool {
        let target = self.target
        guard let outcome = await FuzzGuard.finishing(within: FuzzSettings.hangLimit, { target.read(input) }) else {
            Issue.record("\(label): reading did not finish within \(FuzzSettings.hangLimit) seconds")
            return false
        }
        if case .refused(let problems) = outcome {
            #expect(!problems.isEmpty, "\(label): refused without naming a problem")
        }
        return true
    }

    private func importInto(_ store: HearthStore, _ input: FuzzInput, _ label: String) async throws -> Bool {
        let target = self.target
        let before = try await FuzzStore.content(of: store)
        let limit = FuzzSettings.hangLimit
        guard let outcome = await FuzzGuard.finishing(within: limit, { await target.save(input, store) }) else {
            Issue.record("\(label): importing did not finish within \(limit) seconds")
            return false
        }
        if case .saved = outcome { return true }
        let after = try await FuzzStore.content(of: store)
        #expect(after == before, "\(label): \(outcome), yet the store changed")
        return true
    }
}

/// What one case gives an importer: the files, and the authority and as-at date a person may give or leave out.
struct FuzzInput: Sendable {
    var files: [SentFile]
    var authority: AuthorityCode?
    var asAt: Day?

    /// The one file of a costs or budget import (an empty one, which is refused, if there were none).
    var file: SentFile { files.first ?? SentFile(name: "none.csv", contents: []) }
}

enum ReadOutcome: Equatable, Sendable {
    case accepted
    case refused([FileProblem])
}

enum SaveOutcome: Sendable, CustomStringConvertible {
    case saved
    case unchanged
    case refused(String)

    var description: String {
        switch self {
        case .saved: "saved"
        case .unchanged: "nothing new to save"
        case .refused(let why): "refused (\(why.prefix(300)))"
        }
    }
}

/// One importer under fuzz: valid files to start from, the mutations that suit them, and its two ways in.
struct FuzzTarget: Sendable {
    var name: String
    /// Keeps this importer's case seeds apart from the others'.
    var salt: UInt64
    /// Each seed is the files of one import.
    var seeds: [[SentFile]]
    var mutations: [FuzzMutation]
    /// Reads as the importer's `read()` does: nothing is stored.
    var read: @Sendable (FuzzInput) -> ReadOutcome
    /// Reads and saves as an upload on the Data page does.
    var save: @Sendable (FuzzInput, HearthStore) async -> SaveOutcome

    static let ssda903CSV = FuzzTarget(
        name: "SSDA903 CSV", salt: 1, seeds: FuzzCorpus.ssda903CSV, mutations: FuzzMutation.csv,
        read: { FuzzTarget.readReturns($0) }, save: { await FuzzTarget.saveReturns($0, $1) })
    static let ssda903XML = FuzzTarget(
        name: "SSDA903 XML", salt: 2, seeds: FuzzCorpus.ssda903XML, mutations: FuzzMutation.xml,
        read: { FuzzTarget.readReturns($0) }, save: { await FuzzTarget.saveReturns($0, $1) })
    static let placementCosts = FuzzTarget(
        name: "placement costs", salt: 3, seeds: FuzzCorpus.costs, mutations: FuzzMutation.csv,
        read: { FuzzTarget.readCosts($0) }, save: { await FuzzTarget.saveCosts($0, $1) })
    static let budget = FuzzTarget(
        name: "budget", salt: 4, seeds: FuzzCorpus.budgets, mutations: FuzzMutation.csv,
        read: { FuzzTarget.readBudget($0) }, save: { await FuzzTarget.saveBudget($0, $1) })

    /// One case's input: a seed with one of its files given up to three mutations (none one case in ten, so that
    /// valid files reach the store too and saving, and finding nothing new, run as well), with or without an
    /// authority and an as-at date. Also the mutations made, for the failure message.
    func input(_ random: inout FuzzRandom) -> (FuzzInput, [String]) {
        var files = random.pick(seeds)
        let index = random.int(in: 0...(files.count - 1))
        var made: [String] = []
        for _ in 0..<(random.chance(10) ? 0 : random.int(in: 1...3)) {
            let mutation = random.pick(mutations)
            files[index].contents = mutation.apply(to: files[index].contents, &random)
            made.append("\(mutation.rawValue) on \(files[index].name)")
        }
        let authority = random.chance(50) ? nil : FuzzCorpus.authority
        let asAt = random.chance(80) ? FuzzCorpus.asAt : nil
        return (FuzzInput(files: files, authority: authority, asAt: asAt), made.isEmpty ? ["no mutation"] : made)
    }
}

/// Each importer as the Data page calls it.
extension FuzzTarget {
    static func readReturns(_ input: FuzzInput) -> ReadOutcome {
        let run = SSDA903Import(files: .sent(input.files), defaultAuthority: input.authority ?? FuzzCorpus.authority)
        do {
            _ = try run.read()
            return .accepted
        } catch {
            return .refused(error.problems)
        }
    }

    static func readCosts(_ input: FuzzInput) -> ReadOutcome {
        let run = CostsImport(file: .sent(input.file), authority: input.authority, asAt: input.asAt)
        do {
            _ = try run.read()
            return .accepted
        } catch {
            return .refused(error.problems)
        }
    }

    static func readBudget(_ input: FuzzInput) -> ReadOutcome {
        let run = BudgetImport(file: .sent(input.file), authority: input.authority)
        do {
            _ = try run.read()
            return .accepted
        } catch {
            return .refused(error.problems)
        }
    }

    static func saveReturns(_ input: FuzzInput, _ store: HearthStore) async -> SaveOutcome {
        do {
            let outcome = try await SSDA903Import.upload(
                input.files, authority: input.authority, to: store, by: FuzzStore.actor)
            if case .unchanged = outcome { return .unchanged }
            return .saved
        } catch {
            return .refused(String(describing: error))
        }
    }

    static func saveCosts(_ input: FuzzInput, _ store: HearthStore) async -> SaveOutcome {
        let run = CostsImport(file: .sent(input.file), authority: input.authority, asAt: input.asAt)
        do {
            _ = try await run.save(try run.read(), to: store, by: FuzzStore.actor)
            return .saved
        } catch {
            return .refused(String(describing: error))
        }
    }

    static func saveBudget(_ input: FuzzInput, _ store: HearthStore) async -> SaveOutcome {
        let run = BudgetImport(file: .sent(input.file), authority: input.authority)
        do {
            _ = try await run.save(try run.read(), to: store, by: FuzzStore.actor)
            return .saved
        } catch {
            return .refused(String(describing: error))
        }
    }
}

/// The fuzz tests' random numbers: `Xoshiro256` seeded per case, so a case that fails can be run again, alone,
/// from the seed its failure message gives.
struct FuzzRandom {
    private var bits: Xoshiro256

    init(seed: UInt64) {
        bits = Xoshiro256(splitMixing: seed)
    }

    /// A whole number in `range` (the slight modulo bias does not matter for spoiling files).
    mutating func int(in range: ClosedRange<Int>) -> Int {
        range.lowerBound + Int(bits.next() % UInt64(range.upperBound - range.lowerBound + 1))
    }

    /// True `percent` times in a hundred.
    mutating func chance(_ percent: Int) -> Bool { int(in: 1...100) <= percent }

    /// One of `choices`; every caller passes a fixed list that is never empty.
    mutating func pick<T>(_ choices: [T]) -> T { choices[int(in: 0...(choices.count - 1))] }

    /// A length from 2^lowest to 2^(highest + 1), spread evenly over the powers of two: most are short and a
    /// few are huge, which finds more than lengths spread evenly over the whole range would.
    mutating func length(powersOfTwo powers: ClosedRange<Int>) -> Int {
        let power = int(in: powers)
        return int(in: (1 << power)...(2 << power))
    }

    mutating func byte() -> UInt8 { UInt8(truncatingIfNeeded: bits.next()) }
}
