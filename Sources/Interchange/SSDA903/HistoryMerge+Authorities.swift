import CareModel
import Foundation

extension HistoryMerge {
    /// The cleaned histories of a fresh extract (nothing stored yet), merged one authority per core.
    ///
    /// Every cleaning rule works within one child, and a child belongs to one authority, so merging each
    /// authority on its own gives exactly the histories `merge(_:into: [])` gives, in the same order
    /// (sorted by authority, then child). The report is not needed by the projection, so none is made.
    public static func histories(of extract: SSDA903Extract) -> [ChildHistory] {
        let authorities = Array(
            Set(extract.headers.map(\.authority) + extract.episodes.map(\.authority) + extract.uasc.map(\.authority))
        ).sorted()
        guard authorities.count > 1 else { return merge(extract, into: []).changed }
        let headers = Dictionary(grouping: extract.headers, by: \.authority)
        let episodes = Dictionary(grouping: extract.episodes, by: \.authority)
        let uasc = Dictionary(grouping: extract.uasc, by: \.authority)
        let results = ResultSlots<[ChildHistory]>(count: authorities.count)
        DispatchQueue.concurrentPerform(iterations: authorities.count) { i in
            var part = SSDA903Extract(headers: headers[authorities[i]] ?? [], episodes: episodes[authorities[i]] ?? [])
            part.uasc = uasc[authorities[i]] ?? []
            results.set(i, merge(part, into: []).changed)
        }
        return results.values(default: []).flatMap { $0 }
    }
}
