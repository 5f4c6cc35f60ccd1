import CareModel
import Foundation
import SQLKit

/// Closed months and the forecasts frozen with them.
extension SQLBudgetRepository {
    func closePeriod(authority: AuthorityCode, period: Period, forecastJSON: String, closedAt: Date) async throws {
        try await writing { db in
            let existing = try await Self.periodQuery(authority, period, db).first()
            if existing != nil { throw StorageError.periodClosed(authority: authority, period: period.label) }
            try await db.insert(into: "closed_periods")
                .columns("authority", "year", "period", "closed_at", "forecast_json")
                .values(
                    SQLBind(authority), SQLBind(period.year.startYear), SQLBind(period.number),
                    SQLBind(closedAt.ISO8601Format()),
                    SQLBind(forecastJSON)
                )
                .run()
        }
    }

    func closedForecast(authority: AuthorityCode, period: Period) async throws -> String? {
        let row = try await reading("read a closed month's forecast") { db in
            try await Self.periodQuery(authority, period, db).first()
        }
        return try row.map { try $0.text("forecast_json") }
    }

    func closedPeriods(authority: AuthorityCode) async throws -> [Period] {
        let rows = try await reading("list the closed months") { db in
            try await db.select().columns("year", "period").from("closed_periods").where("authority", .equal, authority)
                .orderBy("year").orderBy("period").all()
        }
        return try rows.map { row in
            let year = try row.decode(column: "year", as: Int.self),
                number = try row.decode(column: "period", as: Int.self)
            guard let period = Period(year: FinancialYear(year), number: number) else {
                throw StorageError.queryFailed(action: "list the closed months", reason: "period \(number) is not 1–12")
            }
            return period
        }
    }

    static func periodQuery(_ authority: AuthorityCode, _ period: Period, _ db: any SQLDatabase) -> SQLSelectBuilder {
        db.select().column("forecast_json").from("closed_periods").where("authority", .equal, authority)
            .where("year", .equal, period.year.startYear).where("period", .equal, period.number)
    }
}
