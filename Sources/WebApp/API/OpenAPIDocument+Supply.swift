extension OpenAPIDocument {
    /// The routes about the council's own homes, inside the paths block (after the others, before
    /// `components`), their paths and roles taken from `Route` as the others' are.
    static let supplyPaths = """
          \(Route.apiSufficiency.path):
            get:
              operationId: sufficiency
              summary: The sufficiency gap by month end and kind of the council's own homes
              description: >-
                For one authority: children expected to need kinship foster care, in-house foster care and council
                or block children's home beds (the demand projection split by the costs register's shares), the
                places expected (carers' usable places, the recruitment pipeline's approvals less resignations;
                homes opening after the registration delay, block contracts ending), the shortfall and its cost at
                the market's average weekly price; with the rules and inputs used. Aggregates only: for read-only,
                a month whose demand or shortfall rounds to 1 to 5 has both, and its cost, null.
              x-hearth-roles: \(Route.apiSufficiency.rolesList)
              parameters:
                - name: la
                  in: query
                  description: "The authority's code (e.g. 879). Default the only one the account may see; needed when it may see several."
                  schema: {type: string}
                - name: months
                  in: query
                  description: Months to look ahead. Default 24.
                  schema: {type: integer, minimum: 12, maximum: 48, default: 24}
                - name: registration_delay_days
                  in: query
                  description: Days added to a planned council home's opening in case Ofsted registration runs late. Default 90.
                  schema: {type: integer, minimum: 0, maximum: 365, default: 90}
              responses:
                '200':
                  description: The sufficiency gap
                  content:
                    application/json:
                      schema:
                        $ref: '#/components/schemas/Sufficiency'
                '400': {$ref: '#/components/responses/BadRequest'}
                '401': {$ref: '#/components/responses/Unauthorized'}
                '403': {$ref: '#/components/responses/Forbidden'}
                '404': {$ref: '#/components/responses/NotFound'}
          \(Route.apiFostering.path):
            get:
              operationId: fostering
              summary: Foster households, void place-days, the recruitment funnel and expected approvals
              description: >-
                For one authority on the day its data runs to. Names households by the council's reference and
                postcode sector (never the full postcode), so not for the read-only role.
              x-hearth-roles: \(Route.apiFostering.rolesList)
              parameters:
                - name: la
                  in: query
                  description: "The authority's code (e.g. 879). Default the only one the account may see; needed when it may see several."
                  schema: {type: string}
                - name: target
                  in: query
                  description: Net new foster households a year, to set the year's net change against. Default none.
                  schema: {type: integer, minimum: 0, maximum: 500}
              responses:
                '200':
                  description: The authority's foster care
                  content:
                    application/json:
                      schema:
                        $ref: '#/components/schemas/Fostering'
                '400': {$ref: '#/components/responses/BadRequest'}
                '401': {$ref: '#/components/responses/Unauthorized'}
                '403': {$ref: '#/components/responses/Forbidden'}
                '404': {$ref: '#/components/responses/NotFound'}
          \(Route.apiHomes.path):
            get:
              operationId: homes
              summary: Children's homes and block beds, empty bed-days and block cost by month, and the market around them
              description: >-
                For one authority on the day its data runs to, and the 12 months to that day; then, from Ofsted's
                register (`hearth import ofsted-providers`), the children's homes and places in the area asked for
                and around it, and the children placed with a provider Ofsted last judged Inadequate. Not for the
                read-only role. A call whose answer names flagged children is audited.
              x-hearth-roles: \(Route.apiHomes.rolesList)
              parameters:
                - name: la
                  in: query
                  description: "The authority's code (e.g. 879). Default the only one the account may see; needed when it may see several."
                  schema: {type: string}
                - name: area
                  in: query
                  description: "The authority's local authority area as Ofsted's register names it (e.g. Plymouth). Without it, market has only the flags."
                  schema: {type: string, maxLength: 80}
                - name: neighbour
                  in: query
                  description: "An area around it, as Ofsted names it; give the parameter once for each (neighbour=Cornwall&neighbour=Devon). Needs area."
                  style: form
                  explode: true
                  schema: {type: array, maxItems: 10, items: {type: string, maxLength: 80}}
              responses:
                '200':
                  description: The authority's homes
                  content:
                    application/json:
                      schema:
                        $ref: '#/components/schemas/Homes'
                '400': {$ref: '#/components/responses/BadRequest'}
                '401': {$ref: '#/components/responses/Unauthorized'}
                '403': {$ref: '#/components/responses/Forbidden'}
                '404': {$ref: '#/components/responses/NotFound'}

        """
}
