/// The attributes pages use, as nodes so they can stand in an element's list beside its content.
/// Values are escaped when written; addresses (`href`, `action`) are also checked (see `Attribute.address`).
extension Node {
    public static func `class`(_ value: String) -> Node { .attribute(Attribute("class", value)) }
    public static func id(_ value: String) -> Node { .attribute(Attribute("id", value)) }
    public static func name(_ value: String) -> Node { .attribute(Attribute("name", value)) }
    public static func value(_ value: String) -> Node { .attribute(Attribute("value", value)) }
    public static func type(_ value: String) -> Node { .attribute(Attribute("type", value)) }
    public static func role(_ value: String) -> Node { .attribute(Attribute("role", value)) }
    public static func method(_ value: String) -> Node { .attribute(Attribute("method", value)) }
    public static func lang(_ value: String) -> Node { .attribute(Attribute("lang", value)) }
    public static func charset(_ value: String) -> Node { .attribute(Attribute("charset", value)) }
    public static func rel(_ value: String) -> Node { .attribute(Attribute("rel", value)) }
    public static func content(_ value: String) -> Node { .attribute(Attribute("content", value)) }
    public static func scope(_ value: String) -> Node { .attribute(Attribute("scope", value)) }
    public static func colspan(_ value: String) -> Node { .attribute(Attribute("colspan", value)) }
    public static func size(_ value: String) -> Node { .attribute(Attribute("size", value)) }
    public static func inputmode(_ value: String) -> Node { .attribute(Attribute("inputmode", value)) }
    public static func autocomplete(_ value: String) -> Node { .attribute(Attribute("autocomplete", value)) }
    public static func enctype(_ value: String) -> Node { .attribute(Attribute("enctype", value)) }
    public static func accept(_ value: String) -> Node { .attribute(Attribute("accept", value)) }
    public static func tabindex(_ value: String) -> Node { .attribute(Attribute("tabindex", value)) }
    public static func ariaLabel(_ value: String) -> Node { .attribute(Attribute("aria-label", value)) }
    public static func ariaLabelledBy(_ value: String) -> Node { .attribute(Attribute("aria-labelledby", value)) }
    public static func ariaDescribedBy(_ value: String) -> Node { .attribute(Attribute("aria-describedby", value)) }
    public static func ariaCurrent(_ value: String) -> Node { .attribute(Attribute("aria-current", value)) }
    public static func ariaHidden(_ value: String) -> Node { .attribute(Attribute("aria-hidden", value)) }
    public static func ariaLive(_ value: String) -> Node { .attribute(Attribute("aria-live", value)) }
    public static func min(_ value: String) -> Node { .attribute(Attribute("min", value)) }
    public static func max(_ value: String) -> Node { .attribute(Attribute("max", value)) }
    public static func step(_ value: String) -> Node { .attribute(Attribute("step", value)) }
    public static func pattern(_ value: String) -> Node { .attribute(Attribute("pattern", value)) }
    public static func placeholder(_ value: String) -> Node { .attribute(Attribute("placeholder", value)) }
    public static func rows(_ value: String) -> Node { .attribute(Attribute("rows", value)) }
    public static func cols(_ value: String) -> Node { .attribute(Attribute("cols", value)) }
    public static func spellcheck(_ value: String) -> Node { .attribute(Attribute("spellcheck", value)) }
    public static func dateTime(_ value: String) -> Node { .attribute(Attribute("datetime", value)) }
    public static func headers(_ value: String) -> Node { .attribute(Attribute("headers", value)) }
    public static func maxlength(_ value: String) -> Node { .attribute(Attribute("maxlength", value)) }
    public static func viewBox(_ value: String) -> Node { .attribute(Attribute("viewBox", value)) }
    public static func xmlns(_ value: String) -> Node { .attribute(Attribute("xmlns", value)) }
    public static func d(_ value: String) -> Node { .attribute(Attribute("d", value)) }
    public static func fill(_ value: String) -> Node { .attribute(Attribute("fill", value)) }
    public static func fillOpacity(_ value: String) -> Node { .attribute(Attribute("fill-opacity", value)) }
    public static func stroke(_ value: String) -> Node { .attribute(Attribute("stroke", value)) }
    public static func strokeWidth(_ value: String) -> Node { .attribute(Attribute("stroke-width", value)) }
    public static func strokeDasharray(_ value: String) -> Node { .attribute(Attribute("stroke-dasharray", value)) }
    public static func x(_ value: String) -> Node { .attribute(Attribute("x", value)) }
    public static func y(_ value: String) -> Node { .attribute(Attribute("y", value)) }
    public static func x1(_ value: String) -> Node { .attribute(Attribute("x1", value)) }
    public static func x2(_ value: String) -> Node { .attribute(Attribute("x2", value)) }
    public static func y1(_ value: String) -> Node { .attribute(Attribute("y1", value)) }
    public static func y2(_ value: String) -> Node { .attribute(Attribute("y2", value)) }
    public static func textAnchor(_ value: String) -> Node { .attribute(Attribute("text-anchor", value)) }
    public static func fontFamily(_ value: String) -> Node { .attribute(Attribute("font-family", value)) }
    public static func fontSize(_ value: String) -> Node { .attribute(Attribute("font-size", value)) }
    public static func fontWeight(_ value: String) -> Node { .attribute(Attribute("font-weight", value)) }
    public static func transform(_ value: String) -> Node { .attribute(Attribute("transform", value)) }
    public static func dominantBaseline(_ value: String) -> Node { .attribute(Attribute("dominant-baseline", value)) }
    public static func width(_ value: String) -> Node { .attribute(Attribute("width", value)) }
    public static func height(_ value: String) -> Node { .attribute(Attribute("height", value)) }
    public static func points(_ value: String) -> Node { .attribute(Attribute("points", value)) }
    public static func r(_ value: String) -> Node { .attribute(Attribute("r", value)) }
    public static func cx(_ value: String) -> Node { .attribute(Attribute("cx", value)) }
    public static func cy(_ value: String) -> Node { .attribute(Attribute("cy", value)) }
    public static func opacity(_ value: String) -> Node { .attribute(Attribute("opacity", value)) }
    public static func `for`(_ value: String) -> Node { .attribute(Attribute("for", value)) }
    public static func href(_ value: String) -> Node { .attribute(.address("href", value)) }
    public static func action(_ value: String) -> Node { .attribute(.address("action", value)) }
    public static var autofocus: Node { .attribute(Attribute("autofocus", nil)) }
    public static var selected: Node { .attribute(Attribute("selected", nil)) }
    public static var checked: Node { .attribute(Attribute("checked", nil)) }
    public static var disabled: Node { .attribute(Attribute("disabled", nil)) }
    public static var required: Node { .attribute(Attribute("required", nil)) }
    public static var download: Node { .attribute(Attribute("download", nil)) }
    public static var multiple: Node { .attribute(Attribute("multiple", nil)) }
    public static var hidden: Node { .attribute(Attribute("hidden", nil)) }
    public static var open: Node { .attribute(Attribute("open", nil)) }
    public static var novalidate: Node { .attribute(Attribute("novalidate", nil)) }
}
