import CareModel
import Forecasting
import Foundation
import Hummingbird
import Storage

extension HearthWebApp {
    /// GET /children (the searchable list) and GET /children/{authority}/{id} (a child's record, audited).
    func addChildrenRoutes(to router: Router<HearthRequestContext>) {
        router.on(.children, for: self) { app, request, context in
            let query = request.uri.queryParameters
            let q = query["q"].map(String.init) ?? "", page = query["page"].flatMap { Int(String($0)) } ?? 1
            let la = query["la"].map(String.init) ?? ""
            // The list names children, so seeing it (and what was searched for) is audited like a child's page.
            let search = (la.isEmpty ? "" : ", authority \(la)") + (q.isEmpty ? "" : ", search \"\(q)\"")
            try await app.auditView("children list\(search), page \(page)", context)
            return try await app.children(q: q, la: la, page: page)
        }
        router.on(.child, for: self) { app, _, context in
            // The router hands the segments over still percent-encoded, as `ChildrenPage.link` wrote them:
            // decoded here, an ID of any characters (space, `/`, `+`, `:`) opens its own page.
            let decoded = { (name: String) in
                context.parameters.get(name).map { $0.removingPercentEncoding ?? $0 } ?? ""
            }
            return try await app.child(
                ChildKey(authority: decoded("authority"), child: decoded("id")), context: context)
        }
    }

    func children(q: String, la: String?, page: Int) async throws -> HTMLPage {
        let la = la.flatMap { $0.isEmpty ? nil : $0 }
        guard let list = try await ChildrenList.load(store: store, la: la, query: q, today: today()) else {
            return HTMLPage.noData("show")
        }
        return ChildrenPage(list: list, query: q, la: la, requestedPage: page).page
    }

    /// The child's page; the view is written to the audit log before the record is shown.
    func child(_ key: ChildKey, context: HearthRequestContext) async throws -> HTMLPage {
        let histories = try await records.histories(authorities: [key.authority])
        guard let history = histories.first(where: { $0.child.id == key.child }) else { return AccessPages.notFound }
        let date = CareSummary.dataDate(of: histories, today: today()) ?? today()
        let costs = try await store.budget.costs(authority: key.authority).filter { $0.child == key }
        if let user = context.identity {
            try await store.audit.append(
                AuditEntry(
                    time: now(), username: user.username, action: .viewChild, child: key,
                    detail: "child page", ipAddress: context.ipAddress))
        }
        return ChildPage(history: history, date: date, costs: costs).page
    }
}
