import CareModel
import Interchange

extension SyntheticAuthority {
    public static let householdColumns = [
        "household", "kind", "approved", "places", "youngest", "oldest", "terms", "supervising_team",
        "constellation", "postcode", "weekly_fee", "weekly_allowance",
    ]
    public static let householdStatusColumns = ["household", "from", "status", "reason", "places_on_hold"]
    public static let homeColumns = [
        "home", "name", "kind", "beds", "urn", "registered", "planned_opening", "registration_stage",
        "weekly_bed_price", "contract_start", "contract_end", "postcode",
    ]
    public static let recruitmentColumns = ["prospect", "stage", "date", "channel", "withdrawal_reason"]

    /// The last day of the data: 31 March of the last return year.
    public var dataEnd: Day { returnYears[returnYears.count - 1].last }

    /// `fostering/households.csv`: one row per household, terms joined by ";", money in plain pounds.
    public func householdsCSV() -> CSVWriter {
        var csv = CSVWriter(header: SyntheticAuthority.householdColumns)
        for h in households {
            let terms = h.terms.sorted().map(\.rawValue).joined(separator: ";")
            let fields: [String?] = [
                h.id, h.kind.rawValue, h.approved.iso, String(h.places), h.youngest.map { String($0) },
                h.oldest.map { String($0) }, terms, h.supervisingTeam, h.constellation, h.postcode,
                h.weeklyFee?.plain, h.weeklyAllowance?.plain,
            ]
            csv.append(fields)
        }
        return csv
    }

    /// `fostering/household-statuses.csv`: each change of status, by household then day (a household is
    /// approved from its approval day until its first change).
    public func householdStatusesCSV() -> CSVWriter {
        var csv = CSVWriter(header: SyntheticAuthority.householdStatusColumns)
        for h in households {
            for change in h.statuses {
                csv.append([
                    h.id, change.day.iso, change.status.rawValue, change.reason?.rawValue,
                    change.placesOnHold.map { String($0) },
                ])
            }
        }
        return csv
    }

    /// `homes.csv`: the council's children's homes (one not yet open) and its block contract.
    public func homesCSV() -> CSVWriter {
        var csv = CSVWriter(header: SyntheticAuthority.homeColumns)
        for home in homes {
            let fields: [String?] = [
                home.id, home.name, home.kind.rawValue, String(home.beds), home.urn, home.registered?.iso,
                home.plannedOpening?.iso, home.registrationStage, home.weeklyBedPrice?.plain,
                home.contractStart?.iso, home.contractEnd?.iso, home.postcode,
            ]
            csv.append(fields)
        }
        return csv
    }

    /// `recruitment-events.csv`: every step of every prospective foster carer, by day.
    public func recruitmentEventsCSV() -> CSVWriter {
        var csv = CSVWriter(header: SyntheticAuthority.recruitmentColumns)
        for event in recruitmentEvents {
            csv.append([
                event.prospect, event.stage.rawValue, event.day.iso, event.channel?.rawValue,
                event.withdrawalReason?.rawValue,
            ])
        }
        return csv
    }
}
