import CouncilTasks
import CareModel
import Foundation
import Hummingbird
import NIOCore

/// Reading the body of a POST once, for `AccessMiddleware`: URL-encoded forms everywhere, and
/// multipart/form-data with files on the routes that take uploads.
extension FormFields {
    /// Routes whose forms send files, and so may be up to `maximumUploadBytes`.
    static let uploadPaths: Set<String> = ["/data"]
    /// Largest upload: years of SSDA903 returns for a large authority are a few megabytes.
    static let maximumUploadBytes = 50 * 1024 * 1024

    /// Why a POST body could not be read; each is answered with a page saying what to do.
    enum PostedFailure: Error, Equatable {
        case tooLarge(limit: Int)
        case unreadable(String)

        var page: HTMLPage {
            switch self {
            case .tooLarge(let limit):
                HTMLPage(title: "The files are too large", body: """
                    <h1>The files are too large</h1>
                    <p>Hearth takes up to \(limit / 1024 / 1024) MB at a time (\((limit / 1024).grouped) KB for a form without files).
                    Send fewer files at once: for example one year's returns at a time.</p>
                    """, status: .contentTooLarge)
            case .unreadable(let why):
                HTMLPage(title: "The form could not be read", body: """
                    <h1>The form could not be read</h1>
                    <p>The browser's form could not be read: \(escape(why)). Go back, reload the page and try again.</p>
                    """, status: .badRequest)
            }
        }
    }

    /// The fields of a POST body: multipart on upload routes (up to `maximumUploadBytes`), URL-encoded
    /// (up to `formLimit`) otherwise. A declared length over the limit is refused before reading.
    static func read(_ request: inout Request, formLimit: Int) async throws(PostedFailure) -> FormFields {
        let contentType = request.headers[.contentType] ?? ""
        let isMultipart = contentType.lowercased().hasPrefix("multipart/")
        let limit = isMultipart && uploadPaths.contains(request.uri.path) ? maximumUploadBytes : formLimit
        if let declared = request.headers[.contentLength].flatMap({ Int($0) }), declared > limit {
            throw .tooLarge(limit: limit)
        }
        let body: ByteBuffer
        do {
            body = try await request.collectBody(upTo: limit)
        } catch is NIOTooManyBytesError {
            throw .tooLarge(limit: limit)
        } catch {
            throw .unreadable("the body did not arrive whole")
        }
        guard isMultipart else { return FormFields(encoded: String(buffer: body)) }
        do {
            let boundary = try MultipartForm.boundary(contentType: contentType)
            return FormFields(multipart: try MultipartForm(body: Array(buffer: body), boundary: boundary))
        } catch {
            throw .unreadable(error.description)
        }
    }

    /// Text parts become fields (UTF-8) and file parts files; a file input left empty sends a part with an
    /// empty file name, which is dropped.
    init(multipart form: MultipartForm) {
        self.init()
        for part in form.parts {
            guard let filename = part.filename else {
                values[part.name] = String(decoding: part.body, as: UTF8.self)
                continue
            }
            if filename.isEmpty && part.body.isEmpty { continue }
            files.append(SentFile(name: filename.isEmpty ? part.name : filename, contents: Data(part.body)))
        }
    }
}
