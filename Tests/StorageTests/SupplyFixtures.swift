import CareModel
import Foundation

/// Foster households, children's homes and recruitment events covering every stored field.
enum SupplyFixtures {
    static func day(_ iso: String) -> Day { Day(iso: iso)! }

    /// Every optional field set; status changes given out of day order, one with every field set.
    static let full = Household(
        authority: "879", id: "FC-0123", kind: .mainstream, approved: day("2019-06-12"), places: 3, youngest: 0,
        oldest: 17, terms: [.shortTerm, .emergency, .parentAndChild], supervisingTeam: "Fostering West",
        constellation: "Mockingbird 2", postcode: "PL4 8BB", weeklyFee: Money(pence: 21_450),
        weeklyAllowance: Money(pence: 3_000_000_000),  // above Int32.max pence, so BIGINT matters
        statuses: [
            HouseholdStatusChange(day: day("2024-03-01"), status: .underReview, reason: .lado),
            HouseholdStatusChange(day: day("2023-01-09"), status: .onHold, reason: .illness, placesOnHold: 1),
            HouseholdStatusChange(day: day("2023-05-01"), status: .approved),
        ])

    /// Every optional field empty, no terms and no status changes.
    static let sparse = Household(
        authority: "879", id: "CP-0007", kind: .connected, approved: day("2024-02-29"), places: 1)

    /// A household of another authority.
    static let elsewhere = Household(
        authority: "802", id: "FC-0001", kind: .specialist, approved: day("2020-01-01"), places: 2,
        terms: [.respite], statuses: [HouseholdStatusChange(day: day("2022-08-01"), status: .resigned)])

    /// A block contract with every optional field set.
    static let block = ChildrensHome(
        authority: "879", id: "BLOCK-1", name: "Rowan House (block)", kind: .block, beds: 2, urn: "SC123456",
        registered: day("2015-04-01"), plannedOpening: day("2015-01-05"), registrationStage: "registered",
        weeklyBedPrice: Money(pence: 612_345), contractStart: day("2024-04-01"), contractEnd: day("2027-03-31"),
        postcode: "PL1 2AA")

    /// A council home not yet open, every optional field empty.
    static let planned = ChildrensHome(authority: "879", id: "HOME-2", name: "Oak Lodge", kind: .council, beds: 4)

    static let homeElsewhere = ChildrensHome(
        authority: "802", id: "HOME-1", name: "Beech View", kind: .council, beds: 3, registered: day("2019-09-01"))

    /// Two prospects' journeys, in the order they are read back: by prospect, then stage in funnel order (which
    /// is not the codes' alphabetical order: stage-1 before panel, approval after it).
    static let events: [RecruitmentEvent] = [
        event("ENQ-2024-007", .enquiry, "2024-01-03", channel: .referAFriend),
        event("ENQ-2024-007", .application, "2024-02-20"),
        event("ENQ-2024-007", .stage1, "2024-03-04"),
        event("ENQ-2024-007", .stage2, "2024-05-13"),
        event("ENQ-2024-007", .panel, "2024-09-18"),
        event("ENQ-2024-007", .approval, "2024-10-01"),
        event("ENQ-2024-031", .enquiry, "2024-01-10", channel: .campaign),
        event("ENQ-2024-031", .initialVisit, "2024-02-01"),
        event("ENQ-2024-031", .withdrawn, "2024-03-15", reason: .notReady),
    ]

    static func event(
        _ prospect: String, _ stage: RecruitmentStage, _ iso: String, authority: AuthorityCode = "879",
        channel: RecruitmentChannel? = nil, reason: WithdrawalReason? = nil
    ) -> RecruitmentEvent {
        RecruitmentEvent(
            authority: authority, prospect: prospect, stage: stage, day: day(iso), channel: channel,
            withdrawalReason: reason)
    }
}
