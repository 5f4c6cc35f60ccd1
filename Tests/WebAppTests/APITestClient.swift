import CouncilTasks
import Foundation
import Hummingbird
import HummingbirdTesting
import Storage

@testable import WebApp

/// A program calling the JSON API with a bearer token, as Power BI would.
struct APITestClient: Sendable {
    let client: any TestClientProtocol
    let token: String?

    /// A client with a fresh token for the test app's account named `username` (every role has one).
    static func withToken(_ client: any TestClientProtocol, store: HearthStore, for username: String) async throws
        -> APITestClient
    {
        let (token, _) = try await ApiTokens(store: store).issue(for: username, name: "test", by: "test")
        return APITestClient(client: client, token: token)
    }

    func get(_ uri: String) async throws -> TestResponse {
        let headers: HTTPFields = token.map { [.authorization: "Bearer \($0)"] } ?? [:]
        return try await client.execute(uri: uri, method: .get, headers: headers)
    }

    /// The answer's JSON object (top level), or `nil` when it is not one.
    static func object(_ response: TestResponse) -> [String: Any]? {
        try? JSONSerialization.jsonObject(with: Data(String(buffer: response.body).utf8)) as? [String: Any]
    }
}
