import CareModel
import Interchange

extension SyntheticAuthority {
    /// The children and episodes of one year's return, as the council would have sent it that year:
    /// every episode open at some point in the year (still-open ones without an end), the year's codes,
    /// and a header for each child with an episode. Sorted by child ID, then start.
    public func returnContents(for year: FinancialYear) -> (children: [Child], episodes: [Episode]) {
        var children: [Child] = []
        var episodes: [Episode] = []
        for child in self.children {
            var listed = false
            for simulated in child.episodes where ReturnCoding.overlaps(simulated.episode, year) {
                episodes.append(ReturnCoding.episode(simulated, in: year))
                listed = true
            }
            if listed { children.append(ReturnCoding.child(child, in: year)) }
        }
        return (children, episodes)
    }

    /// The year's `header.csv`, `episodes.csv` and `uasc.csv` (the UASC table: the header itself has no
    /// UASC column before 2023-24, so the generator writes the older layout every year).
    public func returnFiles(for year: FinancialYear) -> (header: CSVWriter, episodes: CSVWriter, uasc: CSVWriter) {
        let contents = returnContents(for: year)
        return (
            SSDA903CSVWriter.header(contents.children, year: year),
            SSDA903CSVWriter.episodes(contents.episodes),
            SSDA903CSVWriter.uasc(contents.children, year: year)
        )
    }
}
