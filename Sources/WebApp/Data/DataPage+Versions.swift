import Foundation
import Storage

extension DataPage {
    /// For administrators: the latest imports, each with an Undo button while it stands.
    var versionsSection: Node {
        guard !versions.isEmpty else { return .empty }
        return .group([
            .h2("Undo an import"),
            .p(
                .text(
                    "Undo puts the data back as it was before the import. It is refused while a later import of "
                        + "the same data, or a month closed since, stands on it.")),
            .tableRegion(
                "Imports that can be undone",
                .table(
                    .caption("The latest imports, newest first"),
                    .thead(
                        .tr(
                            .th(.scope("col"), .class("numeric"), "Import"), .th(.scope("col"), "When"),
                            .th(.scope("col"), "What"), .th(.scope("col"), "Undo"))),
                    .tbody(.forEach(versions) { row($0) }))),
        ])
    }

    func row(_ version: ImportVersion) -> Node {
        .tr(
            .td(.class("numeric"), .text(String(version.id))), .td(.text(Self.time(version.importedAt))),
            .td(.text("\(version.kind.label): \(version.summary)")),
            .td(
                version.undoneAt.map { .text("undone \(Self.time($0))") }
                    ?? .form(
                        .method("post"), .action(Route.undoImport.path),
                        .input(.type("hidden"), .name("csrf_token"), .value(csrfToken)),
                        .input(.type("hidden"), .name("import"), .value(String(version.id))),
                        .button(.type("submit"), .class("secondary"), .ariaLabel("Undo import \(version.id)"), "Undo")))
        )
    }
}
