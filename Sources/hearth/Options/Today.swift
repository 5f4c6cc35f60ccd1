import ArgumentParser
import CareModel
import Foundation

extension Day {
    /// Today's date in England (Europe/London), whatever the server's own time zone.
    static func todayInLondon() -> Day { inLondon(Date()) }

    /// The date in England (Europe/London) at `time`.
    static func inLondon(_ time: Date) -> Day {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Europe/London") ?? TimeZone(secondsFromGMT: 0)!
        let parts = calendar.dateComponents([.year, .month, .day], from: time)
        return Day(year: parts.year!, month: parts.month!, day: parts.day!)!
    }
}

/// Dates on the command line are ISO, YYYY-MM-DD, like the CSV output.
extension Day: ExpressibleByArgument {
    public init?(argument: String) {
        self.init(iso: argument)
    }

    public var defaultValueDescription: String { iso }
}
