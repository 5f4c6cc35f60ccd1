import Hummingbird
import Storage

/// An answer of the JSON API: a status and a JSON body. Errors are `{"error": "…"}` with a sentence a
/// person setting up Power BI can act on.
struct APIAnswer: ResponseGenerator, Sendable {
    var status: HTTPResponse.Status = .ok
    var body: JSONValue
    var headers: HTTPFields = [:]

    static func error(_ message: String, status: HTTPResponse.Status) -> APIAnswer {
        APIAnswer(status: status, body: .object([("error", .string(message))]))
    }

    /// 401 with `WWW-Authenticate: Bearer` (RFC 6750): the caller must send a token. A token that was
    /// sent but is not accepted says so (`error="invalid_token"`) so the caller knows to get a new one.
    static func unauthorized(tokenSent: Bool) -> APIAnswer {
        var answer =
            tokenSent
            ? error(
                "The API token was not accepted: it is unknown, revoked, or its account is disabled.",
                status: .unauthorized)
            : error(
                "This API needs a token: send the header Authorization: Bearer followed by a token from `hearth token add`.",
                status: .unauthorized)
        answer.headers[.wwwAuthenticate] =
            tokenSent ? "Bearer realm=\"Hearth\", error=\"invalid_token\"" : "Bearer realm=\"Hearth\""
        return answer
    }

    static func forbidden(role: Role) -> APIAnswer {
        error(
            "The account's role (\(role.rawValue)) may not use this API route; see /openapi.yaml for who may.",
            status: .forbidden)
    }

    func response(from request: Request, context: some RequestContext) throws -> Response {
        var headers = self.headers
        headers[.contentType] = "application/json; charset=utf-8"
        headers[.cacheControl] = "no-store"
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(string: body.text + "\n")))
    }
}
