/// Everything Hearth knows from SSDA903 about one child: the header and the cleaned episodes in date order.
public struct ChildHistory: Hashable, Sendable, Codable {
    public var authority: AuthorityCode
    public var child: Child
    /// Episodes sorted by start day, with no overlaps (see the import's cleaning rules).
    public var episodes: [Episode]

    public init(authority: AuthorityCode, child: Child, episodes: [Episode]) {
        self.authority = authority
        self.child = child
        self.episodes = episodes
    }

    public var key: ChildKey { ChildKey(authority: authority, child: child.id) }

    /// The episode open on `day`, if the child was looked after then.
    public func episode(on day: Day) -> Episode? {
        // Episodes are sorted and short: a backward scan finds the latest start ≤ day.
        for episode in episodes.reversed() where episode.start <= day {
            return episode.isOpen(on: day) ? episode : nil
        }
        return nil
    }

    /// Days on which the child started a period of care: the first episode, and any episode that
    /// does not begin on the day the previous one ended.
    public var careEntries: [Day] {
        var days: [Day] = []
        var previousEnd: Day? = nil
        for (i, e) in episodes.enumerated() {
            if i == 0 || previousEnd != e.start { days.append(e.start) }
            previousEnd = e.end
        }
        return days
    }

    /// Days on which a period of care ended: an episode's end not followed by an episode starting that day.
    public var careExits: [Day] {
        var days: [Day] = []
        for (i, e) in episodes.enumerated() {
            guard let end = e.end else { continue }
            let next = i + 1 < episodes.count ? episodes[i + 1].start : nil
            if next != end { days.append(end) }
        }
        return days
    }
}
