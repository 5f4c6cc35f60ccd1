extension OpenAPIDocument {
    /// The routes about the council's saved scenarios, inside the paths block (after the programme routes,
    /// before `components`), their paths and roles taken from `Route` as the others' are.
    static let scenarioPaths = """
          \(Route.apiScenarios.path):
            get:
              operationId: scenarios
              summary: The council's saved scenarios, each with its levers
              description: >-
                For one authority: each saved what-if (recruit foster households, open a children's home, buy a
                block contract, step children down, change entries into care, a price uplift, rate adjustments)
                with its id for the comparison, its name, who saved it and when, and each lever's kind, its
                sentence and its fields by the names the Scenarios form and `hearth scenario run` use. A lever that
                names children gives their references to the roles that see children; for read-only they are null
                and only their count is given.
              x-hearth-roles: \(Route.apiScenarios.rolesList)
              parameters:
                - name: la
                  in: query
                  description: "The authority's code (e.g. 879). Default the only one the account may see; needed when it may see several."
                  schema: {type: string}
              responses:
                '200':
                  description: The authority's saved scenarios (an empty list when it has none)
                  content:
                    application/json:
                      schema:
                        $ref: '#/components/schemas/Scenarios'
                '400': {$ref: '#/components/responses/BadRequest'}
                '401': {$ref: '#/components/responses/Unauthorized'}
                '403': {$ref: '#/components/responses/Forbidden'}
                '404': {$ref: '#/components/responses/NotFound'}
          \(Route.apiCompareScenarios.path):
            get:
              operationId: compareScenarios
              summary: One to four saved scenarios against the baseline, month by month
              description: >-
                The baseline is the demand projection from the day the authority's data ends, 24 months, priced at
                the costs register's weekly costs on that day; each scenario's levers are priced against it. For
                each month: the cost with its likely range (5th to 95th percentile of the Monte-Carlo paths), the
                baseline's cost, the difference, what the levers invest, the net saving so far (saving against the
                baseline less investment) and the expected children by kind of home at the month end. For each
                scenario: the difference over the period, the investment and the month it breaks even. Kept while
                the data stands, as the page's comparison is.
              x-hearth-roles: \(Route.apiCompareScenarios.rolesList)
              parameters:
                - name: id
                  in: query
                  required: true
                  description: "A saved scenario's id, as /api/v1/scenarios gives it: once for each of one to four scenarios (id=1&id=3)."
                  schema: {type: integer}
                - name: la
                  in: query
                  description: "The authority's code (e.g. 879). Default the only one the account may see; needed when it may see several."
                  schema: {type: string}
              responses:
                '200':
                  description: The scenarios against the baseline
                  content:
                    application/json:
                      schema:
                        $ref: '#/components/schemas/ScenarioComparison'
                '400': {$ref: '#/components/responses/BadRequest'}
                '401': {$ref: '#/components/responses/Unauthorized'}
                '403': {$ref: '#/components/responses/Forbidden'}
                '404': {$ref: '#/components/responses/NotFound'}
                '422':
                  description: A saved scenario cannot be run now (a child it names has no placement open when it starts).
                  content: {application/json: {schema: {$ref: '#/components/schemas/Error'}}}

        """

    /// The schemas of the scenario routes, appended to `components.schemas` after the programme routes'. As
    /// for the others, `required` lists every top-level field in the order the API writes them.
    static let scenarioSchemas = """
            Scenarios:
              type: object
              required: [authority, scenarios]
              properties:
                authority: {type: string}
                scenarios:
                  type: array
                  items:
                    type: object
                    required: [id, name, owner, saved_at, levers]
                    properties:
                      id: {type: integer, description: 'For /api/v1/scenarios/compare?id=.'}
                      name: {type: string}
                      owner: {type: string, description: The account that saved it.}
                      saved_at: {type: string, format: date-time}
                      levers: {type: array, items: {$ref: '#/components/schemas/Lever'}}
            Lever:
              type: object
              required: [kind, label, summary]
              description: >-
                One lever, then its fields by kind, named as the Scenarios form's and `hearth scenario run`'s:
                recruit (households, by, places, instead, cost); open-home (beds, opens, weekly, capital, ramp,
                delay, spread, children); block (beds, from, until, weekly); step-down (per_month, from, to, weekly,
                children); entries (percent, from); price-uplift (kind, percent, from); rate (adjustments: from and
                to, each a kind of home and ages, from null for entries into care; multiply or add). Money is
                pounds, dates YYYY-MM-DD.
              additionalProperties: true
              properties:
                kind: {type: string, enum: [recruit, open-home, block, step-down, entries, price-uplift, rate]}
                label: {type: string}
                summary: {type: string, description: "The lever in a sentence; for read-only, named children are counted, not named."}
                children:
                  type: [object, 'null']
                  description: "Which children the lever moves: rule named (count; references null for read-only, listed in suppressed) or highest-cost (count, category, youngest, oldest); null for the projection's own children."
            ScenarioComparison:
              type: object
              required: [authority, start, months, paths, baseline, scenarios]
              properties:
                authority: {type: string}
                start: {type: string, format: date, description: 'The day the projection starts from: where the data ends.'}
                months: {type: integer, description: Months projected.}
                paths: {type: integer, description: 'Monte-Carlo paths behind the likely ranges.'}
                baseline:
                  type: array
                  description: The baseline month by month.
                  items:
                    type: object
                    required: [month, cost, cost_low, cost_high, fostering, residential, supported, other, children_low, children_high]
                    properties:
                      month: {type: string, description: YYYY-MM}
                      cost: {$ref: '#/components/schemas/Pounds'}
                      cost_low: {type: [number, 'null'], description: 'Pounds: the likely range, low end.'}
                      cost_high: {type: [number, 'null'], description: 'Pounds: the likely range, high end.'}
                      fostering: {type: [number, 'null'], description: Expected children at the month end; null when suppressed.}
                      residential: {type: [number, 'null']}
                      supported: {type: [number, 'null']}
                      other: {type: [number, 'null']}
                      children_low: {type: [number, 'null'], description: 'The likely range of all children in care, low end.'}
                      children_high: {type: [number, 'null']}
                      suppressed: {$ref: '#/components/schemas/Suppressed'}
                scenarios:
                  type: array
                  items:
                    type: object
                    required: [id, name, owner, saved_at, levers, difference, investment, break_even, months]
                    properties:
                      id: {type: integer}
                      name: {type: string}
                      owner: {type: string}
                      saved_at: {type: string, format: date-time}
                      levers: {type: array, items: {$ref: '#/components/schemas/Lever'}}
                      difference: {type: number, description: 'Pounds: scenario cost less baseline cost over the period (negative: a saving).'}
                      investment: {type: number, description: 'Pounds the levers cost to put in place over the period.'}
                      break_even: {type: [string, 'null'], description: 'YYYY-MM: the first month the net saving so far covers the investment; null when it never does within the period, or nothing is invested.'}
                      months:
                        type: array
                        items:
                          type: object
                          required: [month, cost, cost_low, cost_high, baseline_cost, difference, investment, cumulative_net_saving, fostering, residential, supported, other, children_low, children_high]
                          properties:
                            month: {type: string, description: YYYY-MM}
                            cost: {$ref: '#/components/schemas/Pounds'}
                            cost_low: {type: [number, 'null']}
                            cost_high: {type: [number, 'null']}
                            baseline_cost: {$ref: '#/components/schemas/Pounds'}
                            difference: {$ref: '#/components/schemas/Pounds'}
                            investment: {$ref: '#/components/schemas/Pounds'}
                            cumulative_net_saving: {$ref: '#/components/schemas/Pounds'}
                            fostering: {type: [number, 'null']}
                            residential: {type: [number, 'null']}
                            supported: {type: [number, 'null']}
                            other: {type: [number, 'null']}
                            children_low: {type: [number, 'null']}
                            children_high: {type: [number, 'null']}
                            suppressed: {$ref: '#/components/schemas/Suppressed'}

        """
}
