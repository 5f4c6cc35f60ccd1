import CouncilTasks
import Storage

extension DataUpload {
    /// What the files hold.
    enum Kind: String, CaseIterable, Sendable {
        case ssda903, costs, budget, households, homes, recruitment

        var label: String {
            switch self {
            case .ssda903: "SSDA903 returns"
            case .costs: "Placement costs register"
            case .budget: "Placement budget"
            case .households: "Foster households"
            case .homes: "Children's homes and block contracts"
            case .recruitment: "Fostering recruitment events"
            }
        }

        /// What the files were, as the audit log says of a refused upload ("Upload of SSDA903 returns").
        var auditName: String {
            switch self {
            case .ssda903: "SSDA903 returns"
            case .costs: "a costs register"
            case .budget: "a budget"
            case .households: "foster households"
            case .homes: "children's homes"
            case .recruitment: "fostering recruitment events"
            }
        }

        var hint: String {
            switch self {
            case .ssda903:
                "Header and Episodes CSV files, or XML returns; several years at once. A year in a file's "
                    + "name (2024-episodes.csv) says which return it is (without one, its latest episode date "
                    + "does); later returns win where they disagree."
            case .costs:
                "One CSV file: one row per price of a placement, or the S251 placement costs table. It "
                    + "replaces the authority's whole register."
            case .budget:
                "One CSV file: year, line, budgeted_children, budget. It replaces the lines and budgets "
                    + "of each year in it."
            case .households, .homes, .recruitment: supplyHint
            }
        }

        /// The registers' columns, and that they replace the whole register and are not for finance.
        private var supplyHint: String {
            let whole =
                " It replaces the authority's whole register. Placements officers, managers and administrators only."
            return switch self {
            case .households:
                "households.csv: household, kind, approved, places (optionally youngest, oldest, terms, "
                    + "supervising_team, constellation, postcode, weekly_fee, weekly_allowance, la), and, in the "
                    + "same upload if you have it, household-statuses.csv: household, from, status (optionally "
                    + "reason, places_on_hold)." + whole
            case .homes:
                "One CSV file: home, name, kind (council or block), beds (optionally urn, registered, "
                    + "planned_opening, registration_stage, weekly_bed_price, contract_start, contract_end, "
                    + "postcode, la)." + whole
            default:
                "One CSV file: prospect, stage, date (optionally channel, withdrawal_reason, la)." + whole
            }
        }

        /// How many files one upload of the kind may have: returns come as many, households with their
        /// statuses, every other kind as one CSV file.
        var mostFiles: Int {
            switch self {
            case .ssda903: Int.max
            case .households: 2
            case .costs, .budget, .homes, .recruitment: 1
            }
        }

        /// The form's problem when more than `mostFiles` were chosen.
        var tooManyFiles: String {
            switch self {
            case .ssda903: ""
            case .households: "Choose at most two files: households.csv and, if you have it, household-statuses.csv"
            case .costs: "Choose one file: a costs register is a single CSV file"
            case .budget: "Choose one file: a budget is a single CSV file"
            case .homes: "Choose one file: the homes register is a single CSV file"
            case .recruitment: "Choose one file: the recruitment events are a single CSV file"
            }
        }

        /// The supply register the files hold; `nil` for returns, costs and budgets.
        var supplyRegister: SupplyUpload.Register? {
            switch self {
            case .ssda903, .costs, .budget: nil
            case .households: .households
            case .homes: .homes
            case .recruitment: .recruitment
            }
        }

        /// The kind a saved register came as.
        init(register: SupplyRegister) {
            switch register {
            case .households: self = .households
            case .homes: self = .homes
            case .recruitment: self = .recruitment
            }
        }

        /// Who may send files of this kind, within the roles the upload route lets in: the registers of the
        /// council's own homes are kept by its placements team and managers (finance reads them but does not
        /// replace them); returns, costs registers and budgets by finance and placements officers.
        func mayBeSent(by role: Role?) -> Bool {
            guard supplyRegister != nil else { return role != .manager }
            return role == .admin || role == .placements || role == .manager
        }

        /// The form's problem when `mayBeSent(by:)` says no.
        var notYours: Problem {
            guard supplyRegister != nil else {
                return Problem(
                    field: "kind",
                    message: "Managers replace the registers of foster households, children's homes and recruitment; "
                        + "uploads of the \(label.lowercasedFirst) are for finance and placements officers")
            }
            return Problem(
                field: "kind",
                message:
                    "Only placements officers, managers and administrators can replace the \(label.lowercasedFirst)")
        }
    }
}

extension String {
    /// "Foster households" → "foster households", for a label inside a sentence.
    var lowercasedFirst: String { prefix(1).lowercased() + dropFirst() }
}
