import CareModel
import CouncilTasks
import Foundation
import Hummingbird
import NIOCore

/// Reading the body of a POST once, for `AccessMiddleware`: URL-encoded forms everywhere, and
/// multipart/form-data with files on the routes that take uploads.
extension FormFields {
    /// Routes whose forms send files, and so may be up to `maximumUploadBytes`.
    static let uploadPaths: Set<String> = [Route.upload.path]
    /// Largest upload: years of SSDA903 returns for a large authority are a few megabytes.
    static let maximumUploadBytes = 50 * 1024 * 1024

    /// Why a POST body could not be read; each is answered with a page saying what to do.
    enum PostedFailure: Error, Equatable {
        case tooLarge(limit: Int)
        case tooSlow
        case unreadable(String)

        var page: HTMLPage {
            switch self {
            case .tooLarge(let limit):
                HTMLPage(
                    title: "The files are too large",
                    body: .group([
                        .h1("The files are too large"),
                        .p(
                            "Hearth takes up to \(limit / 1024 / 1024) MB at a time (\((limit / 1024).grouped) KB for a form ",
                            "without files). Send fewer files at once: for example one year's returns at a time."),
                    ]), status: .contentTooLarge)
            case .tooSlow:
                HTMLPage(
                    title: "The upload was too slow",
                    body: .group([
                        .h1("The upload was too slow"),
                        .p(
                            "The files arrived too slowly, so Hearth stopped waiting and saved nothing. Try again on a ",
                            "faster connection, or send fewer files at once."),
                    ]), status: .requestTimeout)
            case .unreadable(let why):
                HTMLPage(
                    title: "The form could not be read",
                    body: .group([
                        .h1("The form could not be read"),
                        .p("The browser's form could not be read: \(why). Go back, reload the page and try again."),
                    ]), status: .badRequest)
            }
        }
    }

    /// The fields of a POST body: multipart on upload routes (up to `maximumUploadBytes`, read as it
    /// arrives), URL-encoded (up to `formLimit`) otherwise. A declared length over the limit is refused
    /// before reading, and a body that grows past it is refused as soon as it does.
    static func read(_ request: inout Request, formLimit: Int, pace: UploadPace = UploadPace())
        async throws(PostedFailure) -> FormFields
    {
        let contentType = request.headers[.contentType] ?? ""
        let isMultipart = contentType.lowercased().hasPrefix("multipart/")
        let limit = isMultipart && uploadPaths.contains(request.uri.path) ? maximumUploadBytes : formLimit
        if let declared = request.headers[.contentLength].flatMap({ Int($0) }), declared > limit {
            throw .tooLarge(limit: limit)
        }
        guard isMultipart else { return try await encoded(&request, limit: limit) }
        do {
            let reader = MultipartReader(boundary: try MultipartReader.boundary(contentType: contentType))
            var received = 0
            let clock = ContinuousClock(), start = clock.now
            for try await chunk in request.body {
                received += chunk.readableBytes
                guard received <= limit else { throw PostedFailure.tooLarge(limit: limit) }
                let elapsed = (clock.now - start) / .seconds(1)
                guard pace.allows(received: received, elapsedSeconds: elapsed) else { throw PostedFailure.tooSlow }
                try reader.read(chunk)
            }
            return FormFields(parts: try reader.finish())
        } catch let failure as PostedFailure {
            throw failure
        } catch let failure as MultipartReader.Failure {
            throw .unreadable(failure.description)
        } catch {
            throw .unreadable("the body did not arrive whole")
        }
    }

    /// A URL-encoded body, read whole (it is small).
    static func encoded(_ request: inout Request, limit: Int) async throws(PostedFailure) -> FormFields {
        let body: ByteBuffer
        do {
            body = try await request.collectBody(upTo: limit)
        } catch is NIOTooManyBytesError {
            throw .tooLarge(limit: limit)
        } catch {
            throw .unreadable("the body did not arrive whole")
        }
        do {
            return try FormFields(encoded: String(buffer: body))
        } catch {
            throw .unreadable("its fields are not URL-encoded as a browser sends them")
        }
    }
}
