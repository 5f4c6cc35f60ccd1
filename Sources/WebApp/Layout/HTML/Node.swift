/// A piece of a page: an element, text, or several pieces in a row. Text and attribute values are
/// escaped when the page is written, so nothing a user or a file supplies can become markup. Element
/// and attribute names are `StaticString`s: they come from this source code, never from data. The one
/// way to write markup unescaped is `trusted(_:)`, which also takes only a `StaticString`.
public struct Node: Sendable {
    enum Kind: Sendable {
        case element(name: StaticString, attributes: [Attribute], children: [Node])
        case text(String)
        case group([Node])
        case trusted(StaticString)
        case attribute(Attribute)
    }

    let kind: Kind

    /// Text, escaped when written.
    public static func text(_ text: String) -> Node { Node(kind: .text(text)) }

    /// Several pieces in a row, with no element around them.
    public static func group(_ nodes: [Node]) -> Node { Node(kind: .group(nodes)) }

    /// Nothing: for a piece a page shows only sometimes.
    public static let empty = Node(kind: .group([]))

    /// `node` when `condition` holds, otherwise nothing.
    public static func `if`(_ condition: Bool, _ node: @autoclosure () -> Node) -> Node {
        condition ? node() : .empty
    }

    /// A piece for each element of `items`, in order.
    public static func forEach<S: Sequence>(_ items: S, _ node: (S.Element) -> Node) -> Node {
        .group(items.map(node))
    }

    /// The one door for markup written as it stands: only text fixed in this source code can pass.
    public static func trusted(_ markup: StaticString) -> Node { Node(kind: .trusted(markup)) }

    /// An attribute of the element it is placed in (attributes and children may be mixed in one list).
    public static func attribute(_ attribute: Attribute) -> Node { Node(kind: .attribute(attribute)) }

    /// An element named `name` holding `nodes`: attribute nodes become its attributes, the rest its content.
    /// Attributes may come inside groups (`.if(current, .ariaCurrent("page"))`), and empty groups vanish,
    /// so an element given only optional pieces is still empty.
    public static func element(_ name: StaticString, _ nodes: [Node]) -> Node {
        var attributes: [Attribute] = [], children: [Node] = []
        // A stack rather than recursion: groups nest only as deep as this source code writes them, but
        // nothing here should depend on that. Pushed reversed, so popping keeps the order written.
        var pending = Array(nodes.reversed())
        while let node = pending.popLast() {
            switch node.kind {
            case .attribute(let attribute): attributes.append(attribute)
            case .group(let inner): pending.append(contentsOf: inner.reversed())
            default: children.append(node)
            }
        }
        return Node(kind: .element(name: name, attributes: attributes, children: children))
    }
}

extension Node: ExpressibleByStringInterpolation {
    /// A string literal, interpolated or not, is text: escaped like any other.
    public init(stringLiteral value: String) {
        self = .text(value)
    }
}
