import Foundation
import Storage
import Testing
import WebApp

/// Every page in real headless Chromium, as each role sees it, with the axe-core accessibility checks
/// and a full-page screenshot of each (Tests/Browser/pages.py, run against `hearth demo` data served by the
/// built `hearth serve`). Screenshots and axe's findings go to .build/test-artifacts/screenshots/.
@Suite("pages in a real browser", .serialized)
struct BrowserPageTests {
    static let password = "browser test pass phrase"
    static let screenshots = Workspace.packageRoot.appendingPathComponent(".build/test-artifacts/screenshots")

    // Skipped, visibly, on a machine without Chromium, chromedriver or selenium; .ci/run installs them and
    // sets HEARTH_TEST_BROWSER=1, so there the test runs and a missing tool is a failure.
    @Test(
        .enabled(
            if: BrowserTools.shouldRun,
            "needs chromium, chromedriver and pip's selenium and axe-selenium-python (.ci/run installs them)"),
        .timeLimit(.minutes(5)))
    func everyPageHasNoSeriousOrCriticalAccessibilityProblem() async throws {
        guard BrowserTools.missing.isEmpty else {
            Issue.record("HEARTH_TEST_BROWSER=1 but these are missing: \(BrowserTools.missing.joined(separator: ", "))")
            return
        }
        let work = try Workspace()
        let db = work.path("hearth.sqlite")
        try work.hearth(["demo", "--no-serve", "--db", db]).expectSuccess()
        var keys: [String] = []  // --totp ROLE=KEY for the accounts that sign in with two factors (admin)
        for role in Role.allCases {
            let added = try work.hearth(
                ["user", "add", "browser-\(role.rawValue)", "--role", role.rawValue, "--db", db],
                input: Self.password + "\n")
            added.expectSuccess()
            let key = added.out.split(separator: "\n").first { $0.hasPrefix("  key:") }
            if let key { keys += ["--totp", "\(role.rawValue)=" + key.dropFirst(6).filter { $0 != " " }] }
        }
        #expect(keys.count == 2, "the admin account prints its authenticator key")
        let server = try await HearthServer.start(db: db, in: work)
        defer { server.stop() }
        let walk = try work.run(
            URL(fileURLWithPath: "/usr/bin/env"),
            [
                "python3", BrowserTools.script.path,
                "--base-url", server.baseURL, "--out", Self.screenshots.path,
            ]
                + Role.allCases.flatMap { ["--account", "\($0.rawValue)=browser-\($0.rawValue)"] } + keys,
            environment: ["HEARTH_BROWSER_PASSWORD": Self.password])
        #expect(walk.status == 0, "\(walk.out)\n--- hearth serve's log ---\n\(server.log.suffix(4000))")
        try expectEveryPageRouteWalked(results: Self.screenshots.appendingPathComponent("results.json"))
    }

    /// Each page route in the route × role matrix must be opened by some line of the walk, so a new page
    /// cannot miss the browser and axe checks. Not pages: the health check, the stylesheet, downloads
    /// (a path with a file extension, or under /export/) and the JSON API.
    func expectEveryPageRouteWalked(results: URL) throws {
        struct Results: Decodable { struct Page: Decodable { var path: String? }; var pages: [Page] }
        let walked = try JSONDecoder().decode(Results.self, from: Data(contentsOf: results)).pages.compactMap(\.path)
        let pages = RouteAccess.rules.filter { rule in
            rule.method == .get && !["/healthz", "/assets/*"].contains(rule.path)
                && !rule.path.hasPrefix("/api/") && !rule.path.hasPrefix("/export/")
                && !(rule.path.split(separator: "/").last ?? "").contains(".")
        }
        #expect(pages.count >= 8, "the filter above should leave the pages, not drop them")
        for rule in pages {
            #expect(
                walked.contains { rule.matches(method: .get, path: $0) },
                "\(rule.path) is not in the browser walk: add a line for it to PAGES in Tests/Browser/pages.py")
        }
    }
}

/// What the browser test needs on this machine.
enum BrowserTools {
    static let script = Workspace.packageRoot.appendingPathComponent("Tests/Browser/pages.py")
    static let required = ProcessInfo.processInfo.environment["HEARTH_TEST_BROWSER"] == "1"
    static var shouldRun: Bool { required || missing.isEmpty }

    /// The tools not found: Debian's chromium and chromedriver on the PATH, selenium and
    /// axe-selenium-python importable by python3.
    static let missing: [String] = {
        var missing = ["chromium", "chromedriver"].filter { !onPath($0) }
        let python = Process()
        python.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        python.arguments = ["python3", "-c", "import selenium, axe_selenium_python"]
        python.standardOutput = FileHandle.nullDevice
        python.standardError = FileHandle.nullDevice
        if (try? python.run()) == nil { return missing + ["python3"] }
        python.waitUntilExit()
        if python.terminationStatus != 0 { missing.append("python3 modules selenium, axe_selenium_python") }
        return missing
    }()

    static func onPath(_ name: String) -> Bool {
        (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").contains {
            FileManager.default.isExecutableFile(atPath: "\($0)/\(name)")
        }
    }
}
