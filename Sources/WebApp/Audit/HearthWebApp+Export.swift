import CareModel
import Hummingbird
import Interchange
import Storage

extension HearthWebApp {
    /// GET /export/pseudonymised (admin only): child-level episodes with pseudonymised IDs, month of
    /// birth and postcode sectors, as CSV (`PseudonymisedEpisodes`); `?la=` for one authority. The salt
    /// comes from the server's salt file (`hearth serve --export-salt-file`), never from the browser, so
    /// the web download and `hearth export pseudonymised` with the same file give the same pseudonyms.
    func addExportRoutes(to router: Router<HearthRequestContext>) {
        router.on(.pseudonymisedExport, for: self) { app, request, context in
            try await app.pseudonymisedExport(request, context)
        }
    }

    func pseudonymisedExport(_ request: Request, _ context: HearthRequestContext) async throws -> Response {
        guard let salt = exportSalt else {
            return try HTMLPage.problem(
                title: "Pseudonymised export",
                message: "The export needs a secret salt kept on the server. Ask whoever runs Hearth to start it with "
                    + "hearth serve --export-salt-file PATH, where the file holds at least 16 random characters "
                    + "(made with, for example, openssl rand -hex 32).",
                field: nil, status: .serviceUnavailable
            ).response(from: request, context: context)
        }
        let la = request.uri.queryParameters["la"].map(String.init).flatMap { $0.isEmpty ? nil : $0 }
        let histories = try await records.histories(authorities: la.map { [$0] })
        let csv = PseudonymisedEpisodes.csv(histories, salt: salt)
        if let user = context.identity {
            try await store.audit.append(
                AuditEntry(
                    time: now(), username: user.username, action: .export,
                    detail:
                        "pseudonymised episodes (web download): \(la.map { "authority \($0)" } ?? "all authorities"), "
                        + "\(histories.count) children, \(csv.records - 1) episodes",
                    ipAddress: context.ipAddress))
        }
        // Only letters and digits from the query go into the file name, so it cannot break the header.
        let authority = la.map { String($0.filter { $0.isASCII && ($0.isLetter || $0.isNumber) }) + "-" } ?? ""
        return Self.download(
            csv.bytes, type: "text/csv; charset=utf-8",
            name: "hearth-pseudonymised-\(authority)\(today().iso).csv")
    }
}
