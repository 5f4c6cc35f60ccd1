import Storage

extension Route {
    /// Who may use the route: THE route × role matrix (`RouteAccess.rules` lists it in this order).
    public var audience: RouteAccess.Audience {
        switch self {
        // The code's page: its handler lets in only a session whose password was right (AccessMiddleware).
        case .healthCheck, .stylesheet, .signInForm, .signIn, .twoFactorForm, .twoFactor, .openAPI: .everyone
        case .signOut: .signedIn
        case .overview, .projection, .apiSummary, .apiProjection: .roles(Set(Role.allCases))
        case .budget, .budgetCSV, .budgetWorkbook, .apiBudget: .roles([.admin, .finance, .manager, .readOnly])
        case .budgetLine: .roles([.admin, .finance, .manager])
        case .children, .child, .apiChildren: .roles(RouteAccess.childLevel)
        case .audit, .pseudonymisedExport, .undoImport: .roles([.admin])
        case .data: .roles([.admin, .finance, .placements, .manager])
        case .upload, .confirmUpload: .roles([.admin, .finance, .placements, .manager])
        case .sufficiency, .apiSufficiency: .roles([.admin, .finance, .placements, .manager, .readOnly])
        case .fostering, .homes, .apiFostering, .apiHomes: .roles([.admin, .finance, .placements, .manager])
        // Programmes in aggregate are for whoever sees sufficiency (read-only with small numbers suppressed); a
        // plan, and a programme's plans in the API, name children, so read-only is left out of those.
        case .programmes, .programme, .apiProgrammes: .roles([.admin, .finance, .placements, .manager, .readOnly])
        case .programmePlan, .apiProgramme: .roles([.admin, .finance, .placements, .manager])
        // Those who replace the supply registers keep the plans: placements officers, managers and admin.
        case .changePlan: .roles([.admin, .placements, .manager])
        // Scenarios are levers, not children: whoever reads sufficiency and programmes reads them (a lever that
        // names children shows their references only to the roles that see children). Those who weigh the
        // levers build, save and delete them: placements officers, managers, finance (the budget's what-ifs)
        // and administrators.
        case .scenarios, .compareScenarios, .apiScenarios, .apiCompareScenarios:
            .roles([.admin, .finance, .placements, .manager, .readOnly])
        case .runScenario, .saveScenario, .deleteScenario: .roles([.admin, .finance, .placements, .manager])
        }
    }

    /// What the route is for, as the README's table says.
    public var note: String {
        switch self {
        case .healthCheck: "health check for load balancers"
        case .stylesheet: "stylesheet"
        case .signInForm: "sign-in form"
        case .signIn: "sign in (CSRF token bound to a pre-session cookie)"
        case .twoFactorForm:
            "the authenticator code (or a recovery code), after a right password, for accounts with two-factor"
        case .twoFactor: "check the code: only for a session whose password was right; counted like failed passwords"
        case .signOut: "sign out"
        case .overview: "overview: aggregates only"
        case .budget: "budget monitor; read-only sees it without the high-cost and unregistered child lists"
        case .budgetLine:
            "drill-down from a budget line to its placements and from its movement to the causes and children"
        case .budgetCSV: "one table of the monitor as CSV; read-only may download the aggregate tables only"
        case .budgetWorkbook: "the monitor as an Excel workbook; read-only's has the aggregate sheets only"
        case .children: "children in care: search by ID, home, provider and weekly cost"
        case .child: "a child's record: placements and cost history; every view is audited"
        case .audit: "audit log, latest 500 entries"
        case .data: "data: import history, data-quality exceptions, and the upload form for roles that may upload"
        case .upload:
            "upload SSDA903 returns, a costs register or a budget (and, admin and placements only, the foster households, homes and recruitment registers): checked as hearth import checks them; nothing is saved if any file is wrong"
        case .confirmUpload:
            "replace (or merge into) a costs register, or replace a budget or supply register, after seeing what would change: the upload waits 30 minutes for this"
        case .undoImport:
            "undo an import: the data as it was before it; refused when a later import or closed month built on it"
        case .projection:
            "demand projection: children by kind of home with their range, and cost, month by month; aggregates only"
        case .sufficiency:
            "sufficiency: children expected to need kinship, in-house foster and council residential places against the places expected, the shortfall and its cost; aggregates only"
        case .fostering:
            "fostering: households' places, children placed, holds and vacancies, void days, the recruitment funnel and expected approvals"
        case .homes:
            "children's homes and block beds: beds, children placed, empty beds, and empty bed-days and block cost by month"
        case .programmes:
            "programmes (step-down, reunification…): each one's plans by cohort, savings target, anticipated and realised savings and slippage this year"
        case .programmePlan:
            "a child's plan in a programme: homes, dates, savings and status history, with the form to change it for roles that may; audited"
        case .changePlan: "change a plan's status, target date or owner; checked, and written to the audit log"
        case .programme:
            "a programme: the cohort table as the council papers print it, the year month by month, and its plans (read-only: without the plans)"
        case .scenarios:
            "scenarios: the saved what-ifs (recruit foster carers, open a home, block beds, step down…), choosing some "
                + "to compare, and the form to build, run and save one for roles that may"
        case .compareScenarios:
            "one to four saved scenarios against the baseline: cost each month with its likely range, the difference, "
                + "investment and break-even, and children by kind of home at the end; aggregates only"
        case .runScenario: "run a scenario built on the form against the baseline without saving it"
        case .saveScenario: "save a scenario built on the form (replacing one of the same name); audited"
        case .deleteScenario: "delete a saved scenario; audited"
        case .apiSummary: "JSON: children in care by kind of home, entries and exits by month; API token or session"
        case .apiBudget: "JSON: the budget monitor's lines and total for a month (aggregates only)"
        case .apiProjection: "JSON: projected children by month end and kind of home (Markov, default settings)"
        case .apiChildren: "JSON: children in care with home, provider and weekly cost; every call is audited"
        case .apiSufficiency:
            "JSON: the sufficiency gap by month and kind of home, with the rules and inputs used (aggregates only)"
        case .apiFostering:
            "JSON: foster households' occupancy, void days, the recruitment funnel and expected approvals"
        case .apiHomes: "JSON: children's homes' beds and children placed, empty bed-days and block cost by month"
        case .apiProgrammes:
            "JSON: each programme's cohort, savings target, anticipated and realised savings and slippage"
        case .apiProgramme: "JSON: one programme's savings month by month and every plan with its saving; audited"
        case .apiScenarios:
            "JSON: the saved scenarios with their levers (named children's references for roles that see children)"
        case .apiCompareScenarios:
            "JSON: one to four saved scenarios against the baseline, month by month, with the likely range"
        case .openAPI: "the API's OpenAPI 3.1 description: routes and fields, no data"
        case .pseudonymisedExport:
            "pseudonymised child-level episodes as CSV (salted hashed IDs, month of birth, postcode sectors); audited"
        }
    }

    /// The roles that may use the route, as the OpenAPI document's `x-hearth-roles` flow list.
    var rolesList: String {
        "[" + Role.allCases.filter(allows).map(\.rawValue).joined(separator: ", ") + "]"
    }
}
