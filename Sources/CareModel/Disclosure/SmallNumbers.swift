/// Small-number suppression: the one rule for what a reader who may see aggregates only is shown of numbers
/// about children. A number of children from 1 to 5 could point at a child a reader knows ("the three in
/// secure care"), and a cost added up or averaged over so few is near enough one child's cost; zero points
/// at nobody, and 6 or more is a crowd. Official statistics about children in care suppress small cells
/// the same way (`reference/domain.md`, EES conventions).
///
/// Who gets it is `Disclosure`'s business; pages, downloads, the API and the pseudonymised export all ask
/// here, so they cannot disagree about what "small" is.
public enum SmallNumbers {
    /// The smallest number of children shown as it is.
    public static let threshold = 6

    /// Whether `children` is a small number: from 1 to 5. Zero is not: it identifies nobody.
    public static func isSmall(_ children: Int) -> Bool { children > 0 && children < threshold }

    /// What is shown in place of a small number of children.
    public static let fewer = "fewer than \(threshold)"

    /// What is shown in place of a cost (a total or an average) of a small number of children.
    public static let notShown = "not shown"

    /// The note under a table that shows either.
    public static let note =
        "To protect children's privacy, numbers from 1 to \(threshold - 1) are shown as ‘\(fewer)’, "
        + "and costs added up or averaged over so few children are \(notShown)."
}
