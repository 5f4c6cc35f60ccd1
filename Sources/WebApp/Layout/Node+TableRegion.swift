extension Node {
    /// A table inside its own region that scrolls sideways on a narrow screen, so the page never does:
    /// focusable, so keyboard users can scroll it too, and named by `label` (the table's caption).
    static func tableRegion(_ label: String, _ table: Node) -> Node {
        .div(.class("table-region"), .role("region"), .ariaLabel(label), .tabindex("0"), table)
    }
}
