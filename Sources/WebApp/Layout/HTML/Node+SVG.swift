/// The SVG elements the charts use. The SVG `<text>` element is `svgText`, since `text(_:)` is a text node;
/// the SVG `<title>` is the same `title` element as the page's.
extension Node {
    public static func svg(_ nodes: Node...) -> Node { element("svg", nodes) }
    public static func g(_ nodes: Node...) -> Node { element("g", nodes) }
    public static func path(_ nodes: Node...) -> Node { element("path", nodes) }
    public static func line(_ nodes: Node...) -> Node { element("line", nodes) }
    public static func rect(_ nodes: Node...) -> Node { element("rect", nodes) }
    public static func circle(_ nodes: Node...) -> Node { element("circle", nodes) }
    public static func polyline(_ nodes: Node...) -> Node { element("polyline", nodes) }
    public static func desc(_ nodes: Node...) -> Node { element("desc", nodes) }
    public static func svgText(_ nodes: Node...) -> Node { element("text", nodes) }
}
