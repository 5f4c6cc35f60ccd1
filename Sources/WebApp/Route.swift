import Hummingbird
import Storage

/// Every route Hearth answers: the one list that the router registers, `RouteAccess` enforces, pages link
/// to and the OpenAPI document describes, so none of them can name a path the others do not know.
public enum Route: String, CaseIterable, Sendable {
    case healthCheck, stylesheet, signInForm, signIn, twoFactorForm, twoFactor, signOut
    case overview, budget, budgetLine, budgetCSV, budgetWorkbook, children, child, audit, data, upload, confirmUpload
    case undoImport, projection, sufficiency, fostering, homes
    // A plan's rules come before the programme's: `RouteAccess` takes the first rule that matches a path.
    case programmes, programmePlan, changePlan, programme
    case scenarios, compareScenarios, runScenario, saveScenario, deleteScenario
    case apiSummary, apiBudget, apiProjection, apiChildren, apiSufficiency, apiFostering, apiHomes
    case apiProgrammes, apiProgramme, apiScenarios, apiCompareScenarios, openAPI
    case pseudonymisedExport

    public var method: HTTPRequest.Method {
        switch self {
        case .signIn, .twoFactor, .signOut, .upload, .confirmUpload, .undoImport, .changePlan: .post
        case .runScenario, .saveScenario, .deleteScenario: .post
        default: .get
        }
    }

    /// The path as links write it (without the parameters of a pattern: `/children` for a child's page,
    /// `/programmes/plans` for a plan's).
    public var path: String {
        switch self {
        case .healthCheck: "/healthz"
        case .stylesheet: "/assets/hearth.css"
        case .signInForm, .signIn: "/login"
        case .twoFactorForm, .twoFactor: "/login/two-factor"
        case .signOut: "/logout"
        case .overview: "/"
        case .budget: "/budget"
        case .budgetLine: "/budget/line"
        case .budgetCSV: "/budget.csv"
        case .budgetWorkbook: "/budget.xlsx"
        case .children, .child: "/children"
        case .audit: "/audit"
        case .data, .upload: "/data"
        case .confirmUpload: "/data/confirm"
        case .undoImport: "/data/undo"
        case .projection: "/projection"
        case .sufficiency: "/sufficiency"
        case .fostering: "/fostering"
        case .homes: "/homes"
        case .programmes, .programme: "/programmes"
        case .programmePlan, .changePlan: "/programmes/plans"
        case .scenarios, .saveScenario: "/scenarios"
        case .compareScenarios: "/scenarios/compare"
        case .runScenario: "/scenarios/run"
        case .deleteScenario: "/scenarios/delete"
        case .apiSummary: "/api/v1/summary"
        case .apiBudget: "/api/v1/budget"
        case .apiProjection: "/api/v1/projection"
        case .apiChildren: "/api/v1/children"
        case .apiSufficiency: "/api/v1/sufficiency"
        case .apiFostering: "/api/v1/fostering"
        case .apiHomes: "/api/v1/homes"
        case .apiProgrammes, .apiProgramme: "/api/v1/programmes"
        case .apiScenarios: "/api/v1/scenarios"
        case .apiCompareScenarios: "/api/v1/scenarios/compare"
        case .openAPI: "/openapi.yaml"
        case .pseudonymisedExport: "/export/pseudonymised"
        }
    }

    /// The path as the router matches it, with its parameters.
    public var pattern: String {
        switch self {
        case .child: "/children/:authority/:id"
        case .programme: "/programmes/:programme"
        case .programmePlan, .changePlan: "/programmes/plans/:plan"
        case .apiProgramme: "/api/v1/programmes/:programme"
        default: path
        }
    }

    /// The path as the access rules match it: a trailing `*` covers any rest of the path.
    public var accessPath: String {
        switch self {
        case .stylesheet: "/assets/*"
        case .child: "/children/*"
        case .programme: "/programmes/*"
        case .programmePlan, .changePlan: "/programmes/plans/*"
        case .apiProgramme: "/api/v1/programmes/*"
        default: path
        }
    }

    /// Whether an account of `role` (or no account) may use the route.
    public func allows(_ role: Role?) -> Bool { audience.allows(role) }
}

extension RouterMethods {
    /// Registers `handler` for `route`'s method and pattern.
    @discardableResult
    func on(_ route: Route, use handler: @Sendable @escaping (Request, Context) async throws -> some ResponseGenerator)
        -> Self
    {
        on(RouterPath(route.pattern), method: route.method, use: handler)
    }
}
