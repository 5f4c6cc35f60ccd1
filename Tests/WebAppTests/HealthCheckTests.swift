import CareModel
import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import Storage
import Testing

@testable import WebApp

/// /healthz asks the database: a server whose database does not answer says so (503), so a load
/// balancer stops sending people to it (it used to answer 200 whatever the database did).
@Suite("Health check")
struct HealthCheckTests {
    @Test func okWhileTheDatabaseAnswersAndUnavailableOnceItDoesNot() async throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("health-\(UUID()).sqlite").path
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
        let store = try await HearthStore.open(.sqlite(path: path), logger: Logger(label: "test"))
        try await store.migrate()
        let app = HearthWebApp(store: store, today: { Day(iso: "2026-11-24")! })
        try await app.application(port: 0, logger: Logger(label: "test")).test(.router) { client in
            let healthy = try await client.execute(uri: "/healthz", method: .get)
            #expect(healthy.status == .ok)
            #expect(String(buffer: healthy.body) == "ok\n")
            try await store.shutdown()  // the database goes away under the running server
            let gone = try await client.execute(uri: "/healthz", method: .get)
            #expect(gone.status == .serviceUnavailable)
            #expect(String(buffer: gone.body) == "database unavailable\n")
            // Pages say so too (503, not a bare 500), with the headers every answer carries.
            let page = try await client.execute(uri: "/login", method: .get)
            let signIn = try await SignInForm.post(client, username: "dana", password: "a long pass phrase")
            for response in [page, signIn] where response.status != .ok {
                #expect(response.status == .serviceUnavailable)
                #expect(String(buffer: response.body).contains("Hearth cannot reach its database"))
                #expect(response.headers[.xContentTypeOptions] == "nosniff")
            }
            #expect(signIn.status == .serviceUnavailable)
        }
    }
}
