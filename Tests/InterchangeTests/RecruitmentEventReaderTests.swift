import CareModel
import Testing

@testable import Interchange

@Suite("Recruitment events reader")
struct RecruitmentEventReaderTests {
    static func day(_ text: String) -> Day { Day(iso: text)! }
    static let reader = RecruitmentEventReader(defaultAuthority: "879")

    static func read(_ text: String) throws(FileReadFailure) -> [RecruitmentEvent] {
        try reader.read(bytes: Array(text.utf8), file: "recruitment-events.csv")
    }

    static func problems(_ text: String) -> [String] {
        do {
            _ = try read(text)
            return []
        } catch {
            return error.problems.map(\.description)
        }
    }

    @Test("the example file reads: five prospects, one approved and one withdrawn")
    func example() throws {
        let events = try Self.reader.read(path: "docs/examples/recruitment-events.csv")
        #expect(events.count == 15)
        #expect(Set(events.map(\.prospect)).count == 5)
        let approved = events.filter { $0.prospect == "ENQ-2024-031" }
        #expect(approved.map(\.stage) == RecruitmentStage.funnel)
        #expect(approved.last?.day == Self.day("2025-01-30"))
        #expect(approved.first?.channel == .regionalHub)
        let withdrawn = events.filter { $0.prospect == "ENQ-2024-044" }
        #expect(withdrawn.map(\.stage) == [.enquiry, .initialVisit, .withdrawn])
        #expect(withdrawn.last?.withdrawalReason == .personalCircumstances)
        #expect(events.filter { $0.stage == .enquiry }.count == 5)
    }

    @Test("events come sorted by authority, prospect and day; codes and column names in any case")
    func sorted() throws {
        let csv = """
            Prospect,STAGE,Date,Channel,Withdrawal_Reason,LA,notes
            P2,Initial Visit,2024-02-10,,,879,
            P2,enquiry,01/02/2024,Refer_A_Friend,,879,
            P1,Withdrawn,2024-03-01,,Not Ready,879,x
            P1,enquiry,2024-03-01,campaign,,879,
            P3,enquiry,2024-01-01,,,802,
            """
        let expected = [
            RecruitmentEvent(authority: "802", prospect: "P3", stage: .enquiry, day: Self.day("2024-01-01")),
            RecruitmentEvent(
                authority: "879", prospect: "P1", stage: .enquiry, day: Self.day("2024-03-01"), channel: .campaign),
            // Withdrawn on the day of the enquiry: on one day, withdrawal comes last.
            RecruitmentEvent(
                authority: "879", prospect: "P1", stage: .withdrawn, day: Self.day("2024-03-01"),
                withdrawalReason: .notReady),
            RecruitmentEvent(
                authority: "879", prospect: "P2", stage: .enquiry, day: Self.day("2024-02-01"), channel: .referAFriend),
            RecruitmentEvent(authority: "879", prospect: "P2", stage: .initialVisit, day: Self.day("2024-02-10")),
        ]
        #expect(try Self.read(csv) == expected)
    }

    @Test("a broken file lists every problem with its row and column, and returns nothing")
    func broken() {
        let csv = """
            prospect,stage,date,channel,withdrawal_reason
            P1,enquiry,2024-01-10,campaign,
            P1,application,2024-03-01,,
            P1,initial-visit,2024-04-01,,
            P1,application,2024-05-01,,
            P2,enquiry,2024-02-01,billboard,
            P2,withdrawn,2024-02-20,,
            P3,enquiry,2024-02-01,,not-ready
            P4,enquiry,2024-01-05,,
            P4,approval,2024-06-01,,
            P4,panel,2024-07-01,,
            P5,assessment,31/02/2024,,
            """
        let stages = "enquiry, initial-visit, application, stage-1, stage-2, panel, approval, withdrawn"
        #expect(
            Self.problems(csv) == [
                "recruitment-events.csv:4: stage: initial-visit on 2024-04-01 comes after application on 2024-03-01 "
                    + "(row 3); a prospect moves forward through the stages",
                "recruitment-events.csv:5: stage: prospect P1 already reached application on 2024-03-01 (row 3)",
                "recruitment-events.csv:6: channel: 'billboard' is not a recruitment channel (expected one of "
                    + "regional-hub, campaign, refer-a-friend, ifa-transfer, other)",
                "recruitment-events.csv:7: withdrawal_reason: is blank; a withdrawn row needs it",
                "recruitment-events.csv:8: withdrawal_reason: is only given when the stage is withdrawn",
                "recruitment-events.csv:11: date: 2024-07-01 is after prospect P4's approval on 2024-06-01 (row 10); "
                    + "nothing follows an approval or a withdrawal",
                "recruitment-events.csv:12: stage: 'assessment' is not a recruitment stage (expected one of \(stages))",
                "recruitment-events.csv:12: date: '31/02/2024' is not a date (expected YYYY-MM-DD or DD/MM/YYYY)",
            ])
    }

    @Test("missing columns are each reported on row 1")
    func missingColumns() {
        #expect(
            Self.problems("prospect,when\nP1,2024-01-01\n") == [
                "recruitment-events.csv:1: stage: column is missing; a recruitment events file needs "
                    + "prospect,stage,date",
                "recruitment-events.csv:1: date: column is missing; a recruitment events file needs "
                    + "prospect,stage,date",
            ])
    }

    @Test("events written by SupplyCSVWriter read back as they were")
    func roundTrip() throws {
        let events = [
            RecruitmentEvent(
                authority: "802", prospect: "ENQ-1", stage: .enquiry, day: Self.day("2024-04-08"),
                channel: .ifaTransfer),
            RecruitmentEvent(
                authority: "802", prospect: "ENQ-1", stage: .withdrawn, day: Self.day("2024-05-01"),
                withdrawalReason: .chosenAnotherProvider),
            RecruitmentEvent(authority: "879", prospect: "ENQ-2", stage: .panel, day: Self.day("2025-01-16")),
            RecruitmentEvent(authority: "879", prospect: "ENQ-2", stage: .approval, day: Self.day("2025-01-30")),
        ]
        let csv = SupplyCSVWriter.recruitmentEvents(events)
        let read = try RecruitmentEventReader(defaultAuthority: "999").read(bytes: csv.bytes, file: "events.csv")
        #expect(read == events)
    }
}
