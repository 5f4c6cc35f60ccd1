import CareModel

/// A child in care on a day: the state, and the day the current placement (stay in this kind of home) began.
public struct ChildInPlacement: Hashable, Sendable {
    public var state: DemandState
    /// The first day in this kind of home (see `TimeInPlacementBands` for what restarts the clock).
    public var placementStart: Day

    public init(state: DemandState, placementStart: Day) {
        self.state = state
        self.placementStart = placementStart
    }
}

extension DemandHistory {
    /// For each row, the day its placement began: the row's own start when the child entered care or came
    /// from another kind of home on that day, else the start of the row before (a birthday cut, or a move
    /// between homes of the same kind). `before` is set only from the same child's touching row, which is
    /// the row just before it here, because a child's rows are kept together and in order.
    public var placementStarts: [Day] {
        var starts: [Day] = []
        starts.reserveCapacity(rows.count)
        for (i, row) in rows.enumerated() {
            starts.append(i > 0 && row.before == row.state.category ? starts[i - 1] : row.start)
        }
        return starts
    }

    /// Children in care on `day` with the day their placement began, the stock of `stock(on:)` child by
    /// child (same window rule: a day outside the data reads its first or last day), in row order.
    public func childrenInPlacement(on requested: Day) -> [ChildInPlacement] {
        let day = min(max(requested, dataStart), dataEnd)
        let starts = placementStarts
        var children: [ChildInPlacement] = []
        for (i, row) in rows.enumerated() where row.isOpen(on: day) {
            children.append(ChildInPlacement(state: row.state, placementStart: starts[i]))
        }
        return children
    }
}
