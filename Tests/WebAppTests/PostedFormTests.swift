import Foundation
import Hummingbird
import Testing

@testable import WebApp

/// Reading a POST body once for the middleware: size limits per kind of form, and unreadable bodies.
@Suite("POST bodies: URL-encoded forms, multipart uploads and their limits")
struct PostedFormTests {
    static func request(path: String, contentType: String?, body: String, declaredLength: Bool = false) -> Request {
        var fields = HTTPFields()
        if let contentType { fields[.contentType] = contentType }
        if declaredLength { fields[.contentLength] = String(body.utf8.count) }
        return Request(
            head: HTTPRequest(method: .post, scheme: "http", authority: "localhost", path: path, headerFields: fields),
            body: RequestBody(buffer: ByteBuffer(string: body)))
    }

    @Test func urlEncodedFormIsRead() async throws {
        var request = Self.request(
            path: "/logout", contentType: "application/x-www-form-urlencoded", body: "csrf_token=a%2Bb&x=1+2")
        let form = try await FormFields.read(&request, formLimit: 100)
        #expect(form.values == ["csrf_token": "a+b", "x": "1 2"])
    }

    /// Over the limit with or without a Content-Length saying so (a chunked body is counted as it comes).
    @Test(arguments: [false, true])
    func bodyOverTheLimitIsRefused(declared: Bool) async throws {
        var request = Self.request(
            path: "/logout", contentType: "application/x-www-form-urlencoded",
            body: String(repeating: "a", count: 101), declaredLength: declared)
        await #expect(throws: FormFields.PostedFailure.tooLarge(limit: 100)) {
            try await FormFields.read(&request, formLimit: 100)
        }
    }

    /// Multipart bodies get the upload limit only on the upload route; elsewhere the form limit holds.
    @Test func uploadLimitOnlyOnTheUploadRoute() async throws {
        let body =
            "--b\r\nContent-Disposition: form-data; name=\"csrf_token\"\r\n\r\n" + String(repeating: "t", count: 200)
            + "\r\n--b--"
        var upload = Self.request(path: "/data", contentType: "multipart/form-data; boundary=b", body: body)
        let form = try await FormFields.read(&upload, formLimit: 100)
        #expect(form["csrf_token"]?.count == 200)
        var elsewhere = Self.request(path: "/logout", contentType: "multipart/form-data; boundary=b", body: body)
        await #expect(throws: FormFields.PostedFailure.tooLarge(limit: 100)) {
            try await FormFields.read(&elsewhere, formLimit: 100)
        }
    }

    @Test func multipartWithoutBoundaryIsUnreadable() async throws {
        var request = Self.request(path: "/data", contentType: "multipart/form-data", body: "--b\r\n")
        await #expect(throws: FormFields.PostedFailure.unreadable(MultipartReader.Failure.noBoundary.description)) {
            try await FormFields.read(&request, formLimit: 100)
        }
    }

    @Test func failurePagesSayWhatToDo() {
        let large = FormFields.PostedFailure.tooLarge(limit: 50 * 1024 * 1024).page
        #expect(large.status == .contentTooLarge)
        #expect(large.body.html.contains("Hearth takes up to 50 MB at a time"))
        let unreadable = FormFields.PostedFailure.unreadable("it has no opening boundary").page
        #expect(unreadable.status == .badRequest)
        #expect(unreadable.body.html.contains("it has no opening boundary"))
    }
}
