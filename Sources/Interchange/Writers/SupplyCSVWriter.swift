import CareModel

/// Writes the supply registers — foster households, their statuses, children's homes, recruitment events —
/// in the layouts their readers take (`HouseholdRegisterReader`, `ChildrensHomeReader`,
/// `RecruitmentEventReader`), every column present: dates ISO, money plain ("550.00"), codes as Hearth's own,
/// blanks for what is not known, and the authority in `la`, so a file of several councils reads back whole.
public enum SupplyCSVWriter {
    public static let householdColumns = HouseholdColumns.all
    public static let householdStatusColumns = HouseholdStatusColumns.all
    public static let homeColumns = ChildrensHomeColumns.all
    public static let recruitmentEventColumns = RecruitmentEventColumns.all

    /// households.csv: one row per household in the order given; terms in `FosteringTerm` order.
    public static func households(_ households: [Household], lineEnding: CSVWriter.LineEnding = .crlf) -> CSVWriter {
        var csv = CSVWriter(header: householdColumns, lineEnding: lineEnding)
        for h in households {
            let terms = h.terms.sorted().map(\.rawValue).joined(separator: ";")
            csv.append([
                h.id, h.kind.rawValue, h.approved.iso, String(h.places), number(h.youngest),
                number(h.oldest), terms, h.supervisingTeam,
                h.constellation, h.postcode, h.weeklyFee?.plain, h.weeklyAllowance?.plain, h.authority,
            ])
        }
        return csv
    }

    /// household-statuses.csv: each household's status changes, households in the order given and each
    /// one's changes in day order.
    public static func householdStatuses(
        _ households: [Household], lineEnding: CSVWriter.LineEnding = .crlf
    ) -> CSVWriter {
        var csv = CSVWriter(header: householdStatusColumns, lineEnding: lineEnding)
        for household in households {
            for change in household.statuses.sorted(by: { $0.day < $1.day }) {
                csv.append([
                    household.id, change.day.iso, change.status.rawValue, change.reason?.rawValue,
                    number(change.placesOnHold), household.authority,
                ])
            }
        }
        return csv
    }

    /// homes.csv: one row per home or block contract, in the order given.
    public static func homes(_ homes: [ChildrensHome], lineEnding: CSVWriter.LineEnding = .crlf) -> CSVWriter {
        var csv = CSVWriter(header: homeColumns, lineEnding: lineEnding)
        for h in homes {
            csv.append([
                h.id, h.name, h.kind.rawValue, String(h.beds), h.urn, h.registered?.iso, h.plannedOpening?.iso,
                h.registrationStage, h.weeklyBedPrice?.plain, h.contractStart?.iso, h.contractEnd?.iso, h.postcode,
                h.authority,
            ])
        }
        return csv
    }

    /// recruitment-events.csv: one row per event, in the order given.
    public static func recruitmentEvents(
        _ events: [RecruitmentEvent], lineEnding: CSVWriter.LineEnding = .crlf
    ) -> CSVWriter {
        var csv = CSVWriter(header: recruitmentEventColumns, lineEnding: lineEnding)
        for e in events {
            csv.append([
                e.prospect, e.stage.rawValue, e.day.iso, e.channel?.rawValue, e.withdrawalReason?.rawValue, e.authority,
            ])
        }
        return csv
    }

    /// A whole number as written, or a blank.
    static func number(_ value: Int?) -> String? {
        value.map { String($0) }
    }
}
