import CareModel

/// The council's foster-carer recruitment funnel as known on an as-at day: how many prospective households
/// reached each stage, month by month and year by year; how many went on from each stage to the next; how
/// long each step took; and when in the year enquiries come.
///
/// Pass one authority's events for one authority's funnel (prospects are told apart by authority and
/// reference, but every count is over all the events given). Events after the as-at day are left out, so
/// a funnel built on an earlier day shows what was known then.
public struct RecruitmentFunnel: Hashable, Sendable {
    /// Days after reaching a stage, with no later stage reached, after which a household still in the
    /// pipeline is taken as lost: its outcome then counts as known when working out conversions.
    public static let lostAfterDays = 365

    public let asAt: Day
    /// Each prospective household, by authority and reference.
    public let prospects: [RecruitmentProspect]

    /// The funnel of `events` on or before `asAt`.
    public init(events: [RecruitmentEvent], asAt: Day) {
        self.asAt = asAt
        prospects = RecruitmentProspect.gathering(events.filter { $0.day <= asAt })
    }

    /// Households reaching each stage in each calendar month from `first`'s month through `last`'s,
    /// counted in the month of the first day recorded at the stage.
    public func monthly(from first: Day, through last: Day) -> [StageCounts] {
        var months: [Day] = [], month = first.startOfMonth
        while month <= last {
            months.append(month)
            month = month.adding(months: 1)
        }
        let start = first.startOfMonth
        return counts(in: months.map { $0...$0.endOfMonth }) { day in
            (day.year - start.year) * 12 + day.month - start.month
        }
    }

    /// Households reaching each stage in each financial year from `first` through `last`.
    public func yearly(from first: FinancialYear, through last: FinancialYear) -> [StageCounts] {
        let years = stride(from: first.startYear, through: last.startYear, by: 1).map { FinancialYear($0) }
        return counts(in: years.map { $0.first...$0.last }) { day in
            FinancialYear(containing: day).startYear - first.startYear
        }
    }

    /// Counts per stretch, where `index` gives the stretch a day falls in (checked against the stretches).
    private func counts(in stretches: [ClosedRange<Day>], index: (Day) -> Int) -> [StageCounts] {
        var tallies = [[RecruitmentStage: Int]](repeating: [:], count: stretches.count)
        for prospect in prospects {
            for (stage, day) in prospect.recorded {
                let i = index(day)
                if stretches.indices.contains(i), stretches[i].contains(day) { tallies[i][stage, default: 0] += 1 }
            }
        }
        return zip(stretches, tallies).map { StageCounts(first: $0.lowerBound, last: $0.upperBound, counts: $1) }
    }

    /// Conversion between each pair of consecutive funnel stages, enquiry → initial visit … panel → approval.
    public var conversions: [StageConversion] {
        zip(RecruitmentStage.funnel, RecruitmentStage.funnel.dropFirst()).map { conversion(from: $0, to: $1) }
    }

    /// Of the households that reached `from` and whose outcome is known, those that reached `to`: known
    /// when they reached `to`, withdrew, or reached `from` more than `lostAfterDays` before the as-at day.
    public func conversion(from: RecruitmentStage, to: RecruitmentStage) -> StageConversion {
        var known = 0, converted = 0
        for prospect in prospects {
            guard let reachedFrom = prospect.day(reached: from) else { continue }
            if prospect.reached(to) {
                known += 1
                converted += 1
            } else if prospect.withdrawn || reachedFrom.days(to: asAt) > Self.lostAfterDays {
                known += 1
            }
        }
        return StageConversion(from: from, to: to, known: known, converted: converted)
    }

    /// The median days between each pair of consecutive funnel stages.
    public var lags: [StageLag] {
        zip(RecruitmentStage.funnel, RecruitmentStage.funnel.dropFirst()).map { lag(from: $0, to: $1) }
    }

    /// The median days from `from` to `to` among households with both recorded (the later not before the
    /// earlier); stages passed without a record have no day to measure from.
    public func lag(from: RecruitmentStage, to: RecruitmentStage) -> StageLag {
        let days = prospects.compactMap { prospect -> Int? in
            guard let start = prospect.recorded[from], let end = prospect.recorded[to], start <= end else { return nil }
            return start.days(to: end)
        }
        return StageLag(from: from, to: to, observations: days.count, medianDays: StageLag.median(days))
    }

    /// The probability that a household at funnel stage `stage` is approved: the product of the observed
    /// conversions from it to approval, a step with no known outcome counting as nought (no evidence that
    /// anyone gets through). One at approval; nought for a stage outside the funnel.
    public func approvalProbability(from stage: RecruitmentStage) -> Double {
        guard RecruitmentStage.funnel.contains(stage) else { return 0 }
        let steps = Array(RecruitmentStage.funnel.drop(while: { $0 != stage }))
        return zip(steps, steps.dropFirst()).reduce(1.0) { $0 * (conversion(from: $1.0, to: $1.1).rate ?? 0) }
    }

    /// The median days from funnel stage `stage` to approval: measured directly among approved households
    /// that recorded the stage; else, stepping to the nearest later stage with a measured median from this
    /// one, that median plus the days from there (a stage seldom recorded is stepped over). `nil` when no
    /// chain of measured steps reaches approval or `stage` is not a funnel stage; nought at approval.
    public func medianDaysToApproval(from stage: RecruitmentStage) -> Double? {
        guard RecruitmentStage.funnel.contains(stage) else { return nil }
        guard stage != .approval else { return 0 }
        if let direct = lag(from: stage, to: .approval).medianDays { return direct }
        for next in RecruitmentStage.funnel where next > stage && next != .approval {
            if let step = lag(from: stage, to: next).medianDays, let rest = medianDaysToApproval(from: next) {
                return step + rest
            }
        }
        return nil
    }

    /// Enquiries by calendar month over all the data (index 0 is January): when in the year people ask,
    /// so campaigns can be timed for the months that bring enquiries.
    public var enquiriesByCalendarMonth: [Int] {
        var counts = [Int](repeating: 0, count: 12)
        for prospect in prospects {
            if let day = prospect.recorded[.enquiry] { counts[day.month - 1] += 1 }
        }
        return counts
    }
}
