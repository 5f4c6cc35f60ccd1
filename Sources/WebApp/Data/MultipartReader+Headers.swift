extension MultipartReader {
    /// The boundary named in a `Content-Type` header: `multipart/form-data; boundary=…` (quoted or not,
    /// 1 to 70 characters, as RFC 2046 allows).
    static func boundary(contentType: String) throws(Failure) -> String {
        let fields = HeaderParameters(contentType)
        guard fields.value.lowercased() == "multipart/form-data", let boundary = fields["boundary"],
            (1...70).contains(boundary.utf8.count), !boundary.hasSuffix(" ")
        else { throw .noBoundary }
        return boundary
    }

    /// A part from its header lines: `Content-Disposition: form-data; name="…"` is required.
    static func part(headers: [(name: String, value: String)], body: [UInt8]) throws(Failure) -> Part {
        guard let disposition = headers.first(where: { $0.name == "content-disposition" }) else {
            throw .malformed("a part has no Content-Disposition header")
        }
        let parameters = HeaderParameters(disposition.value)
        guard parameters.value.lowercased() == "form-data", let name = parameters["name"] else {
            throw .malformed("a part's Content-Disposition is not form-data with a name")
        }
        let contentType = headers.first { $0.name == "content-type" }?.value
        return Part(
            name: name, filename: parameters["filename"].map(Self.baseName), contentType: contentType, body: body)
    }

    /// The file's own name: some browsers send the whole path from the person's computer.
    static func baseName(_ filename: String) -> String {
        String(filename.split(separator: "/").last.map { $0.split(separator: "\\").last ?? $0 } ?? "")
    }
}
