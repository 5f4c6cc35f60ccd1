/// The stages a prospective foster household passes through, as Ofsted's fostering data collection counts
/// them, or its withdrawal.
public enum RecruitmentStage: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    case enquiry
    case initialVisit = "initial-visit"
    case application
    /// Assessment stage 1 (checks and references), then stage 2 (the Form F assessment).
    case stage1 = "stage-1"
    case stage2 = "stage-2"
    case panel
    case approval
    case withdrawn

    public var label: String {
        switch self {
        case .enquiry: "Enquiry"
        case .initialVisit: "Initial visit"
        case .application: "Application"
        case .stage1: "Assessment stage 1"
        case .stage2: "Assessment stage 2 (Form F)"
        case .panel: "Fostering panel"
        case .approval: "Approved"
        case .withdrawn: "Withdrew or was turned down"
        }
    }

    /// The stages a household moves forward through, in order (withdrawal ends the journey at any point).
    public static let funnel: [RecruitmentStage] = [
        .enquiry, .initialVisit, .application, .stage1, .stage2, .panel, .approval,
    ]

    public static func < (a: RecruitmentStage, b: RecruitmentStage) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}

/// How an enquiry reached the council.
public enum RecruitmentChannel: String, Sendable, Hashable, Codable, CaseIterable {
    case regionalHub = "regional-hub"
    case campaign
    case referAFriend = "refer-a-friend"
    /// Carers transferring from an independent fostering agency.
    case ifaTransfer = "ifa-transfer"
    case other

    public var label: String {
        switch self {
        case .regionalHub: "Regional fostering hub"
        case .campaign: "Council campaign"
        case .referAFriend: "Refer a friend"
        case .ifaTransfer: "Transfer from an IFA"
        case .other: "Other"
        }
    }
}

/// Why a prospective household left the pipeline (Ofsted's fostering return groups reasons like these).
public enum WithdrawalReason: String, Sendable, Hashable, Codable, CaseIterable {
    case personalCircumstances = "personal-circumstances"
    case notReady = "not-ready"
    case chosenAnotherProvider = "chosen-another-provider"
    case councilDecision = "council-decision"
    case panelNotRecommended = "panel-not-recommended"
    case lostContact = "lost-contact"
    case other

    public var label: String {
        switch self {
        case .personalCircumstances: "Personal circumstances"
        case .notReady: "Not ready to foster yet"
        case .chosenAnotherProvider: "Chose another fostering provider"
        case .councilDecision: "Council did not progress them"
        case .panelNotRecommended: "Panel did not recommend approval"
        case .lostContact: "Lost contact"
        case .other: "Other"
        }
    }
}
