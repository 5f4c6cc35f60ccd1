import ArgumentParser
import CareModel
import Forecasting

/// A month on the command line is YYYY-MM, read by the same parser as the pages and the API.
extension Period: ExpressibleByArgument {
    public init?(argument: String) {
        self.init(calendarMonth: argument)
    }

    public var defaultValueDescription: String { calendarMonthText }
}

/// The budget monitor's allowance for new placements by its short name (none, recent-N, projected).
extension DemandAllowance: ExpressibleByArgument {
    public init?(argument: String) {
        self.init(code: argument)
    }

    public var defaultValueDescription: String { code }
}
