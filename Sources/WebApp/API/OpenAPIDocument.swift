import Hummingbird

/// GET /openapi.yaml: the JSON API described for people and for tools (Power BI, code generators), by
/// hand so it reads well. Served to everyone: it names routes and fields, never data, and a tool must be
/// able to read it before it has a token. `OpenAPIDocumentTests` checks it against `RouteAccess` and
/// against real answers, so the two cannot drift apart.
enum OpenAPIDocument {
    static func response() -> Response {
        var headers = HTTPFields()
        headers[.contentType] = "application/yaml; charset=utf-8"
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(string: yaml)))
    }

    static let yaml =
        header + paths + supplyPaths + programmePaths + scenarioPaths + schemas + supplySchemas + programmeSchemas
        + scenarioSchemas

    static let header = """
        openapi: 3.1.0
        info:
          title: Hearth API
          version: 1.0.0
          summary: Children in care, the budget monitor, demand projections and the council's own homes, read-only, as JSON.
          description: |
            For Power BI and other tools. Every route is GET and answers JSON. Dates are ISO 8601 (YYYY-MM-DD),
            months YYYY-MM, money is pounds as a number with two decimals (1234.50), field names are snake_case.
            Authenticate with an API token made by `hearth token add USERNAME --name NAME`, sent as
            `Authorization: Bearer TOKEN`; a token acts with its account's role and stops working when it is
            revoked or its account is disabled. A signed-in browser session may also read the API.
            Without credentials a route answers 401 with `WWW-Authenticate: Bearer`; a role that may not use a
            route gets 403. `x-hearth-roles` lists the roles that may use each route. Errors are `{"error": "…"}`.

            Small numbers: the read-only role gets every number of children from 1 to 5 hidden, and every figure
            that would give one away (a cost added up or averaged over so few children, a projected number that
            rounds to 1 to 5). A hidden field keeps its place with the value null, and the object it is in gets a
            last field, `suppressed`, listing the hidden fields' names; `suppressed` is absent when nothing in the
            object is hidden. Zero is never hidden. Every other role gets the numbers as they are.
        servers:
          - url: /
        security:
          - bearerToken: []
          - sessionCookie: []

        """

    /// The API routes, their paths and roles taken from `Route`, so the document cannot disagree with the
    /// router or the access rules.
    static let paths = """
        paths:
          \(Route.apiSummary.path):
            get:
              operationId: summary
              summary: Children in care on a day by kind of home, and entries and exits by month
              description: >-
                Aggregates only. Every kind of home is listed for every authority, with 0 where there is nobody.
                With sex, uasc or age_band, only those children are counted, each by their age and UASC status on
                the day counted (for entries and exits, on the day they started or left care).
              x-hearth-roles: \(Route.apiSummary.rolesList)
              parameters:
                - $ref: '#/components/parameters/la'
                - name: date
                  in: query
                  description: The day to count. Default the data date (31 March of the latest return, or today if earlier).
                  schema: {type: string, format: date}
                - $ref: '#/components/parameters/sex'
                - $ref: '#/components/parameters/uasc'
                - $ref: '#/components/parameters/age_band'
              responses:
                '200':
                  description: The summary
                  content:
                    application/json:
                      schema:
                        $ref: '#/components/schemas/Summary'
                '400': {$ref: '#/components/responses/BadRequest'}
                '401': {$ref: '#/components/responses/Unauthorized'}
                '403': {$ref: '#/components/responses/Forbidden'}
                '404': {$ref: '#/components/responses/NotFound'}
          \(Route.apiBudget.path):
            get:
              operationId: budget
              summary: The monthly placement budget monitor for one authority and month
              description: The table finance reports every month, one row per budget line and a total. Aggregates only.
              x-hearth-roles: \(Route.apiBudget.rolesList)
              parameters:
                - $ref: '#/components/parameters/la'
                - name: period
                  in: query
                  description: The month, YYYY-MM. Default the month after the last closed month, or the month of the data date.
                  schema: {type: string, pattern: '^[0-9]{4}-[0-9]{2}$'}
              responses:
                '200':
                  description: The monitor
                  content:
                    application/json:
                      schema:
                        $ref: '#/components/schemas/BudgetMonitor'
                '400': {$ref: '#/components/responses/BadRequest'}
                '401': {$ref: '#/components/responses/Unauthorized'}
                '403': {$ref: '#/components/responses/Forbidden'}
                '404': {$ref: '#/components/responses/NotFound'}
          \(Route.apiProjection.path):
            get:
              operationId: projection
              summary: Projected children in care by month end and kind of home (stock-and-flow, Markov)
              description: >-
                The regional demand model's method with `hearth project`'s defaults: reference window = all the
                data, start = the end of the data. Aggregates only. With sex or uasc, the rates are learnt from
                those children alone (UASC meaning ever recorded as UASC, as the regional model filters); with
                age_band, each month end counts only the children in that band, as they grow into and out of it.
              x-hearth-roles: \(Route.apiProjection.rolesList)
              parameters:
                - $ref: '#/components/parameters/la'
                - name: months
                  in: query
                  description: Months to project. Default 24.
                  schema: {type: integer, minimum: 1, maximum: 48, default: 24}
                - $ref: '#/components/parameters/sex'
                - $ref: '#/components/parameters/uasc'
                - $ref: '#/components/parameters/age_band'
              responses:
                '200':
                  description: The projection
                  content:
                    application/json:
                      schema:
                        $ref: '#/components/schemas/Projection'
                '400': {$ref: '#/components/responses/BadRequest'}
                '401': {$ref: '#/components/responses/Unauthorized'}
                '403': {$ref: '#/components/responses/Forbidden'}
                '404': {$ref: '#/components/responses/NotFound'}
          \(Route.apiChildren.path):
            get:
              operationId: children
              summary: Children in care on the data date with their home, provider and weekly cost
              description: Child-level, so not for the read-only role; every call is written to the audit log.
              x-hearth-roles: \(Route.apiChildren.rolesList)
              parameters:
                - $ref: '#/components/parameters/la'
              responses:
                '200':
                  description: The children
                  content:
                    application/json:
                      schema:
                        $ref: '#/components/schemas/Children'
                '400': {$ref: '#/components/responses/BadRequest'}
                '401': {$ref: '#/components/responses/Unauthorized'}
                '403': {$ref: '#/components/responses/Forbidden'}
                '404': {$ref: '#/components/responses/NotFound'}

        """
}
