import CouncilTasks
import Hummingbird

/// The fields of an `application/x-www-form-urlencoded` body, as HTML forms send them, or of a
/// `multipart/form-data` one with the files it carries (see `FormFields+Posted.swift`).
struct FormFields: Sendable {
    var values: [String: String] = [:]
    /// Files sent with a multipart form, in the order sent; file inputs left empty are not listed.
    var files: [SentFile] = []

    init(values: [String: String] = [:]) {
        self.values = values
    }

    /// Decodes a URL-encoded body with Hummingbird's form decoder (`+` is a space, `%XX` a byte).
    ///
    /// - Throws: when a name repeats, an escape is broken, or a name nests (`a[b]`): no Hearth form
    ///   sends any of these.
    init(encoded body: String) throws {
        values = try URLEncodedFormDecoder().decode([String: String].self, from: body)
    }

    /// Text parts become fields (UTF-8) and file parts files; a file input left empty sends a part with an
    /// empty file name, which is dropped.
    init(parts: [MultipartReader.Part]) {
        for part in parts {
            guard let filename = part.filename else {
                values[part.name] = String(decoding: part.body, as: UTF8.self)
                continue
            }
            if filename.isEmpty && part.body.isEmpty { continue }
            files.append(SentFile(name: filename.isEmpty ? part.name : filename, contents: part.body))
        }
    }

    subscript(name: String) -> String? { values[name] }
}
