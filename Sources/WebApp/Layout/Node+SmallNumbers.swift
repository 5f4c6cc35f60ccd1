import CareModel

extension Node {
    /// The note under a table that hides small numbers (`SmallNumbers.note`); nothing when it hides none.
    static func smallNumbersNote(if hidden: Bool) -> Node {
        hidden ? .p(.class("hint"), .text(SmallNumbers.note)) : .empty
    }
}
