import CareModel
import Forecasting

/// GET /api/v1/projection: the stock-and-flow (Markov) projection with `hearth project`'s defaults
/// (reference window = all the data, start = the end of the data), at each month end by kind of home:
/// mean, standard deviation and the band mean ± 2 sd (lower floored at 0); of every child or of a group
/// (`sex`, `uasc`, `age_band`: always Markov here, so an age band may be asked), echoed as `group`. For a
/// reader who may not see small numbers, a kind of home expected to hold 1 to 5 children (the mean rounded)
/// has all four `null`, named in its `suppressed` list: a forecast of 3 children in secure care next month
/// is about real children.
enum APIProjection {
    /// Months a projection may run: the regional model allows four years.
    static let monthRange = DemandProjectionSettings.monthRange

    /// The projection through `DemandProjection.run` (the CLI's and the page's run too, so the three
    /// cannot drift apart); `nil` when the data has no window to learn rates from.
    static func json(
        histories: [ChildHistory], months: Int, group: ChildGroup = .everyone, disclosure: Disclosure = .full
    ) async -> JSONValue? {
        var settings = DemandProjectionSettings(months: months)
        settings.group = group
        guard let projection = try? await DemandProjection.run(settings, histories: histories) else { return nil }
        let rows: [JSONValue] = projection.markovMonthEnds.flatMap { point in
            DemandCategory.inCare.map { category in row(point, category, disclosure) }
        }
        return .object([
            ("method", .string("markov")), ("start", .day(projection.start)),
            ("reference_start", .day(projection.referenceStart)),
            ("reference_end", .day(projection.referenceEnd)),
            ("months", .int(months)), ("group", .group(group)), ("points", .array(rows)),
        ])
    }

    /// One kind of home on one day: the sum over age bands of the means, and the square root of the
    /// summed variances (bands treated as independent, as the regional model does).
    static func row(_ point: ProjectionPoint, _ category: DemandCategory, _ disclosure: Disclosure) -> JSONValue {
        let spread = point.spread(of: category)
        let shown = disclosure.shows(expected: spread.mean)
        var object = APIObject()
        object.add("date", .day(point.date))
        object.add("category", .string(category.label))
        object.add("mean", .decimal(spread.mean), shown: shown)
        object.add("sd", .decimal(spread.sd), shown: shown)
        object.add("lower", .decimal(spread.lower), shown: shown)
        object.add("upper", .decimal(spread.upper), shown: shown)
        return object.json
    }
}
