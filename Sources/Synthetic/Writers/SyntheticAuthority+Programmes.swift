import CareModel
import Interchange

extension SyntheticAuthority {
    /// The council's programme register, as `ProgrammeCSVWriter` writes it: (path in the region's folder,
    /// contents) of `programmes/programmes.csv` (each programme with its savings targets),
    /// `programmes/plans.csv` (one row per child's plan) and `programmes/plan-statuses.csv` (every change of
    /// a plan's status, with its reason when a plan is on hold or out of scope).
    func programmeFiles() -> [(String, String)] {
        [
            ("\(code)/programmes/programmes.csv", ProgrammeCSVWriter.programmes(programmes)),
            ("\(code)/programmes/plans.csv", ProgrammeCSVWriter.plans(plans)),
            ("\(code)/programmes/plan-statuses.csv", ProgrammeCSVWriter.planStatuses(plans)),
        ]
    }
}
