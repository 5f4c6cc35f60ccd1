/// A GOV.UK form group: one field with its label and hint, marked as in error — with the message under the
/// label, "Error:" first for screen readers, id `<field>-error` for the field to point at — when it has one.
/// Every query form (projection, overview filters, sufficiency, fostering, homes) builds its groups here.
enum FormGroup {
    /// The group for `field`; `content` is given the error message node (or `nil`) to place it and to point
    /// the field at it.
    static func node(_ field: String, message: String?, content: (Node?) -> Node) -> Node {
        let error = message.map {
            Node.p(
                .class("error-message"), .id("\(field)-error"), .span(.class("visually-hidden"), "Error:"), " ",
                .text($0))
        }
        return .div(.class(error == nil ? "form-group" : "form-group form-group-error"), content(error))
    }
}
