import Foundation
import Hummingbird
import HummingbirdTesting
import Storage
import Testing

@testable import WebApp

/// /openapi.yaml against the routes that exist and the answers they give.
@Suite("OpenAPI document")
struct OpenAPIDocumentTests {
    /// One documented path: the roles it lists and the schema of its 200 answer.
    struct DocumentedPath: Equatable {
        var roles: [String] = []
        var schema: String = ""
    }

    /// Reads the paths block line by line: the document is hand-written in a fixed layout (two-space
    /// indents, flow lists for roles and `required`), which is all this needs to understand.
    static func paths(_ yaml: String) -> [String: DocumentedPath] {
        var result: [String: DocumentedPath] = [:], current: String?, inPaths = false, in200 = false
        for line in yaml.split(separator: "\n", omittingEmptySubsequences: false) {
            if !line.hasPrefix(" ") { inPaths = line == "paths:"; current = nil; continue }
            guard inPaths else { continue }
            if line.hasPrefix("  /"), line.hasSuffix(":") {
                current = accessPath(String(line.dropFirst(2).dropLast()))
                result[current!] = DocumentedPath()
                in200 = false
            }
            guard let path = current else { continue }
            let text = line.trimmingCharacters(in: .whitespaces)
            if text.hasPrefix("x-hearth-roles: [") { result[path]?.roles = flowList(text) }
            if text == "'200':" { in200 = true }
            if in200, text.hasPrefix("$ref: '#/components/schemas/") {
                result[path]?.schema = String(text.dropFirst("$ref: '#/components/schemas/".count).dropLast())
                in200 = false
            }
        }
        return result
    }

    /// A documented path as the access rules write it: a trailing parameter (`/{programme}`) is `/*`.
    static func accessPath(_ documented: String) -> String {
        guard documented.hasSuffix("}"), let open = documented.lastIndex(of: "{") else { return documented }
        return String(documented[..<open]) + "*"
    }

    /// The `required` list of a top-level schema (`    Name:` then `      required: […]`).
    static func requiredFields(of schema: String, in yaml: String) -> [String]? {
        let lines = yaml.split(separator: "\n").map(String.init)
        guard let start = lines.firstIndex(of: "    \(schema):") else { return nil }
        return lines[(start + 1)...].prefix { $0.hasPrefix("      ") }
            .first { $0.hasPrefix("      required: [") }.map(flowList)
    }

    static func flowList(_ text: some StringProtocol) -> [String] {
        guard let open = text.firstIndex(of: "["), let close = text.lastIndex(of: "]") else { return [] }
        return text[text.index(after: open)..<close].split(separator: ",").map {
            $0.trimmingCharacters(in: .whitespaces)
        }
    }

    static let apiRules = RouteAccess.rules.filter { $0.path.hasPrefix("/api/") }

    @Test func everyAPIRouteIsDocumentedAndNothingElse() {
        let documented = Self.paths(OpenAPIDocument.yaml)
        #expect(documented.count == 11)
        #expect(Set(documented.keys) == Set(Self.apiRules.map(\.path)))
    }

    /// The roles the document names for each route are the ones the matrix lets in.
    @Test(arguments: apiRules)
    func documentedRolesMatchTheMatrix(_ rule: RouteAccess.Rule) {
        let roles = Self.paths(OpenAPIDocument.yaml)[rule.path]?.roles ?? []
        let allowed = Role.allCases.filter { rule.audience.allows($0) }.map(\.rawValue)
        #expect(roles == allowed)
    }

    /// An answer of each route (as admin, over the seed) has exactly the documented top-level fields. A route
    /// with a parameter in its path (a programme) is checked over data that has one (`ProgrammesPageTests`), and
    /// so is the comparison of saved scenarios, which needs some (`ScenariosPageTests`).
    @Test(arguments: apiRules.filter { !$0.path.hasSuffix("*") && $0.path != Route.apiCompareScenarios.path })
    func answerHasTheDocumentedFields(_ rule: RouteAccess.Rule) async throws {
        let schema = try #require(Self.paths(OpenAPIDocument.yaml)[rule.path]?.schema)
        let fields = try #require(Self.requiredFields(of: schema, in: OpenAPIDocument.yaml))
        #expect(!fields.isEmpty)
        try await WebTestApp.run(seed: BudgetRouteTests.seed) { client, _, store in
            let api = try await APITestClient.withToken(client, store: store, for: "admin")
            let response = try await api.get(rule.path)
            #expect(response.status == .ok)
            let object = try #require(APITestClient.object(response))
            #expect(
                Set(object.keys) == Set(fields), "\(rule.path) answers \(object.keys.sorted()), documented \(fields)")
            // The fields come in the documented order too: each name appears after the one before.
            let text = String(buffer: response.body)
            let positions = fields.compactMap { text.range(of: "\"\($0)\":")?.lowerBound }
            #expect(positions == positions.sorted() && positions.count == fields.count)
        }
    }

    @Test func errorSchemaIsTheRefusalsShape() {
        #expect(Self.requiredFields(of: "Error", in: OpenAPIDocument.yaml) == ["error"])
        #expect(Self.requiredFields(of: "BudgetLine", in: OpenAPIDocument.yaml)?.count == 10)
    }

    @Test func servedToEveryoneAsYAML() async throws {
        try await WebTestApp.run { client, _, _ in
            let response = try await client.execute(uri: "/openapi.yaml", method: .get)
            #expect(response.status == .ok)
            #expect(response.headers[.contentType] == "application/yaml; charset=utf-8")
            let text = String(buffer: response.body)
            #expect(text == OpenAPIDocument.yaml)
            #expect(text.hasPrefix("openapi: 3.1.0\n"))
            #expect(text.contains("scheme: bearer"))
        }
    }
}
