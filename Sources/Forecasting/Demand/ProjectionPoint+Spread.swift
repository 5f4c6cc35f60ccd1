extension ProjectionPoint {
    /// Expected children in `states` and the spread of that number (variances summed).
    public func spread(of states: [DemandState]) -> ProjectedSpread {
        let mean = states.reduce(0) { $0 + means[$1.index] }
        let variance = states.reduce(0) { $0 + variances[$1.index] }
        return ProjectedSpread(mean: mean, sd: variance.squareRoot())
    }

    /// One kind of home across every age band.
    public func spread(of category: DemandCategory) -> ProjectedSpread {
        spread(of: DemandState.all.filter { $0.category == category })
    }

    /// All children looked after: every in-care state.
    public var spreadInCare: ProjectedSpread { spread(of: DemandState.all.filter(\.isInCare)) }
}
