import CareModel
import Testing

@testable import Forecasting

/// The recruitment funnel of ten hand-built prospective households, as at 31 March 2025.
@Suite("Recruitment funnel")
struct RecruitmentFunnelTests {
    static func day(_ s: String) -> Day { Day(iso: s)! }

    /// One household's events in order, the channel given on the first.
    static func journey(
        _ id: String, _ steps: [(RecruitmentStage, String)], channel: RecruitmentChannel = .campaign
    ) -> [RecruitmentEvent] {
        steps.enumerated().map { i, step in
            RecruitmentEvent(
                authority: "990", prospect: id, stage: step.0, day: day(step.1), channel: i == 0 ? channel : nil)
        }
    }

    static let asAt = day("2025-03-31")

    /// P1 and P2 go all the way (P2 a transfer from an agency); P3 withdraws after applying, P4 after the
    /// visit, P8 after enquiring; P5 and P6 are at the initial visit; P7 enquired in December 2023 and was
    /// never heard from again (486 days before the as-at day: lost); P9 and P10 enquired this winter.
    /// Enquiries 10, visits 6 (P1–P6), applications 3 (P1–P3), stage 1, stage 2, panel and approval 2 each.
    static let pipeline: [RecruitmentEvent] =
        journey(
            "P1",
            [
                (.enquiry, "2024-01-10"), (.initialVisit, "2024-02-01"), (.application, "2024-03-01"),
                (.stage1, "2024-04-01"), (.stage2, "2024-06-01"), (.panel, "2024-09-01"), (.approval, "2024-09-15"),
            ])
        + journey(
            "P2",
            [
                (.enquiry, "2024-01-20"), (.initialVisit, "2024-02-20"), (.application, "2024-03-20"),
                (.stage1, "2024-04-20"), (.stage2, "2024-07-01"), (.panel, "2024-10-01"), (.approval, "2024-10-11"),
            ], channel: .ifaTransfer)
        + journey(
            "P3",
            [
                (.enquiry, "2024-02-05"), (.initialVisit, "2024-03-01"), (.application, "2024-04-01"),
                (.withdrawn, "2024-05-01"),
            ])
        + journey("P4", [(.enquiry, "2024-02-15"), (.initialVisit, "2024-03-15"), (.withdrawn, "2024-04-15")])
        + journey("P5", [(.enquiry, "2024-06-01"), (.initialVisit, "2024-07-01")])
        + journey("P6", [(.enquiry, "2024-11-01"), (.initialVisit, "2024-12-01")])
        + journey("P7", [(.enquiry, "2023-12-01")])
        + journey("P8", [(.enquiry, "2024-03-01"), (.withdrawn, "2024-03-10")])

    static let events =
        pipeline + journey("P9", [(.enquiry, "2025-01-15")]) + journey("P10", [(.enquiry, "2025-02-10")])

    static let funnel = RecruitmentFunnel(events: events, asAt: asAt)

    /// December 2023 to March 2025 is 16 months; enquiries fall in the months of P7; P1, P2; P3, P4; P8; P5;
    /// P6; P9; P10.
    @Test func monthlyCounts() {
        let months = Self.funnel.monthly(from: Self.day("2023-12-15"), through: Self.asAt)
        #expect(months.count == 16)
        #expect(months.first?.first == Self.day("2023-12-01") && months.last?.last == Self.asAt)
        let enquiries = months.filter { $0[.enquiry] > 0 }.map { "\($0.first.iso):\($0[.enquiry])" }
        #expect(
            enquiries == [
                "2023-12-01:1", "2024-01-01:2", "2024-02-01:2", "2024-03-01:1", "2024-06-01:1", "2024-11-01:1",
                "2025-01-01:1", "2025-02-01:1",
            ])
        let approvals = months.filter { $0[.approval] > 0 }.map(\.first.iso)
        #expect(approvals == ["2024-09-01", "2024-10-01"])
        #expect(months.reduce(0) { $0 + $1[.enquiry] } == 10)
        #expect(months.reduce(0) { $0 + $1[.initialVisit] } == 6)
        #expect(months.reduce(0) { $0 + $1[.application] } == 3)
    }

    @Test(
        "counts by financial year",
        arguments: [
            // 2023-24: enquiries P7, P1, P2, P3, P4, P8; visits P1, P2 (Feb), P3, P4 (Mar); applications P1, P2
            // (Mar); P8 withdrew. 2024-25: enquiries P5, P6, P9, P10; visits P5, P6; P3 applied 1 April; P3, P4
            // withdrew.
            (RecruitmentStage.enquiry, 6, 4), (.initialVisit, 4, 2), (.application, 2, 1), (.stage1, 0, 2),
            (.stage2, 0, 2), (.panel, 0, 2), (.approval, 0, 2), (.withdrawn, 1, 2),
        ])
    func yearlyCounts(stage: RecruitmentStage, first: Int, second: Int) {
        let years = Self.funnel.yearly(from: FinancialYear(2023), through: FinancialYear(2024))
        #expect(years.map(\.first) == [Self.day("2023-04-01"), Self.day("2024-04-01")])
        #expect(years.map { $0[stage] } == [first, second])
    }

    @Test(
        "conversion counts only households whose outcome is known",
        arguments: [
            // Enquiry → visit: P1–P6 went on; P8 withdrew; P7 is lost (486 days > 365). P9, P10 (enquired
            // within the year) are not known yet. 6 of 8 = 0.75.
            (RecruitmentStage.enquiry, RecruitmentStage.initialVisit, 8, 6),
            // Visit → application: P1–P3 went on; P4 withdrew; P5 (visit 273 days ago) and P6 not known. 3 of 4.
            (.initialVisit, .application, 4, 3),
            // Application → stage 1: P1, P2 went on; P3 withdrew. 2 of 3.
            (.application, .stage1, 3, 2),
            (.stage1, .stage2, 2, 2), (.stage2, .panel, 2, 2), (.panel, .approval, 2, 2),
        ])
    func conversion(from: RecruitmentStage, to: RecruitmentStage, known: Int, converted: Int) {
        let conversion = Self.funnel.conversion(from: from, to: to)
        #expect(conversion.known == known && conversion.converted == converted)
        #expect(Self.funnel.conversions.contains(conversion))
    }

    @Test(
        "median days between consecutive stages",
        arguments: [
            // Enquiry → visit: P1 22, P2 31, P3 25 (2024 is a leap year), P4 29, P5 30, P6 30;
            // sorted 22, 25, 29, 30, 30, 31: (29 + 30) ÷ 2 = 29.5.
            (RecruitmentStage.enquiry, RecruitmentStage.initialVisit, 6, 29.5),
            // Visit → application: 29, 29, 31 → 29.
            (.initialVisit, .application, 3, 29.0),
            // Application → stage 1: 31, 31.
            (.application, .stage1, 2, 31.0),
            // Stage 1 → stage 2: P1 1 Apr → 1 Jun = 61, P2 20 Apr → 1 Jul = 72: 66.5.
            (.stage1, .stage2, 2, 66.5),
            // Stage 2 → panel: 92, 92. Panel → approval: 14, 10 → 12.
            (.stage2, .panel, 2, 92.0), (.panel, .approval, 2, 12.0),
        ])
    func lag(from: RecruitmentStage, to: RecruitmentStage, observations: Int, median: Double) {
        let lag = Self.funnel.lag(from: from, to: to)
        #expect(lag.observations == observations && lag.medianDays == median)
        #expect(Self.funnel.lags.contains(lag))
    }

    @Test(
        "chance of approval and days to approval from each stage",
        arguments: [
            // Enquiry: 0.75 × 0.75 × 2/3 × 1 × 1 × 1 = 0.375; P1 249 days, P2 265: 257.
            (RecruitmentStage.enquiry, 0.375, 257.0 as Double?),
            // Visit: 0.75 × 2/3 = 0.5; P1 227 days, P2 234: 230.5.
            (.initialVisit, 0.5, 230.5),
            // Application: 2/3; P1 1 Mar → 15 Sep = 198 days, P2 20 Mar → 11 Oct = 205: 201.5.
            (.application, 2.0 / 3, 201.5),
            (.approval, 1.0, 0.0),
            // Not a funnel stage.
            (.withdrawn, 0.0, nil),
        ])
    func approvalChance(stage: RecruitmentStage, chance: Double, days: Double?) {
        #expect(abs(Self.funnel.approvalProbability(from: stage) - chance) < 1e-12)
        #expect(Self.funnel.medianDaysToApproval(from: stage) == days)
    }

    /// With no household recorded at both a stage and approval, the days to approval add up measured steps:
    /// a household recorded at enquiry (10 Jan) and visit (1 Feb), another at visit (1 Mar) and approval
    /// (1 Sep 2024): enquiry → visit 22 days, visit → approval 184: 206. Nobody recorded an application or
    /// anything after it but approval, so there is no chain from application.
    @Test func daysToApprovalAddUpTheSteps() {
        let events =
            Self.journey("A", [(.enquiry, "2024-01-10"), (.initialVisit, "2024-02-01")])
            + Self.journey("B", [(.initialVisit, "2024-03-01"), (.approval, "2024-09-01")])
        let funnel = RecruitmentFunnel(events: events, asAt: Self.asAt)
        #expect(funnel.lag(from: .enquiry, to: .approval).observations == 0)
        #expect(funnel.medianDaysToApproval(from: .enquiry) == 206)
        #expect(funnel.medianDaysToApproval(from: .application) == nil)
    }

    /// Enquiries by calendar month: January P1, P2, P9; February P3, P4, P10; March P8; June P5;
    /// November P6; December P7.
    @Test func seasonality() {
        #expect(Self.funnel.enquiriesByCalendarMonth == [3, 3, 1, 0, 0, 1, 0, 0, 0, 0, 1, 1])
    }

    /// Events after the as-at day are not known: as at 31 January 2024 only P7, P1 and P2 had enquired.
    @Test func laterEventsAreLeftOut() {
        let early = RecruitmentFunnel(events: Self.events, asAt: Self.day("2024-01-31"))
        #expect(early.prospects.map(\.id) == ["P1", "P2", "P7"])
        #expect(early.prospects.allSatisfy { $0.furthest == .enquiry && $0.isOpen })
    }

    /// A transfer starting at stage 2 and approved with no panel recorded has passed every earlier stage:
    /// each is reached, on the first day recorded after it.
    @Test func unrecordedStagesAreImplied() throws {
        let events = Self.journey("T1", [(.stage2, "2024-01-01"), (.approval, "2024-03-01")], channel: .ifaTransfer)
        let prospect = try #require(RecruitmentFunnel(events: events, asAt: Self.asAt).prospects.first)
        #expect(prospect.reached(.enquiry) && prospect.reached(.panel) && !prospect.reached(.withdrawn))
        #expect(prospect.day(reached: .enquiry) == Self.day("2024-01-01"))
        #expect(prospect.day(reached: .panel) == Self.day("2024-03-01"))
        #expect(!prospect.isOpen && prospect.isIFATransfer)
    }

    /// 2024-25: approvals P1 (campaign) and P2 (IFA transfer); H1 resigned in June and H3 in December
    /// (recorded again in January: counted once); H2 resigned in 2023-24. Net 1 + 1 − 2 = 0 against a target of
    /// 5: short by 5.
    @Test func netChangeInAYear() {
        let change = Self.funnel.netChange(
            households: Self.resigning, from: FinancialYear(2024).first, through: FinancialYear(2024).last,
            yearlyTarget: 5)
        #expect([change.approvals, change.ifaTransferApprovals, change.resignations, change.net] == [1, 1, 2, 0])
        #expect(change.target == 5 && change.shortfall == 5)
    }

    /// April–September 2024: P1 approved (15 September), H1 resigned: net 0. The target's share is
    /// 183 days of 2024-25's 365: 5 × 183 ÷ 365 ≈ 2.5068.
    @Test func netChangeInHalfAYear() throws {
        let change = Self.funnel.netChange(
            households: Self.resigning, from: Self.day("2024-04-01"), through: Self.day("2024-09-30"), yearlyTarget: 5)
        #expect([change.approvals, change.ifaTransferApprovals, change.resignations, change.net] == [1, 0, 1, 0])
        let target = try #require(change.target)
        #expect(abs(target - 5.0 * 183 / 365) < 1e-12)
    }

    static let resigning = [
        Household(
            authority: "990", id: "H1", kind: .mainstream, approved: day("2020-01-01"), places: 2,
            statuses: [HouseholdStatusChange(day: day("2024-06-01"), status: .resigned, reason: .retirement)]),
        Household(
            authority: "990", id: "H2", kind: .mainstream, approved: day("2020-01-01"), places: 1,
            statuses: [HouseholdStatusChange(day: day("2023-05-01"), status: .resigned, reason: .movedToIFA)]),
        Household(
            authority: "990", id: "H3", kind: .connected, approved: day("2021-01-01"), places: 1,
            statuses: [
                HouseholdStatusChange(day: day("2024-09-01"), status: .onHold, reason: .illness),
                HouseholdStatusChange(day: day("2024-12-01"), status: .resigned, reason: .sgoConversion),
                HouseholdStatusChange(day: day("2025-01-05"), status: .resigned, reason: .sgoConversion),
            ]),
    ]

    /// A financial year with 29 February counts as one whole year too.
    @Test func leapYearIsOneYear() {
        #expect(RecruitmentFunnel.yearFraction(from: FinancialYear(2023).first, through: FinancialYear(2023).last) == 1)
        #expect(RecruitmentFunnel.yearFraction(from: Self.day("2024-04-02"), through: Self.day("2024-04-01")) == 0)
    }
}
