extension OpenAPIDocument {
    /// Parameters, answers, schemas and security schemes the paths refer to. Each schema's `required`
    /// lists every top-level field of the answer, in the order the API writes them.
    static let schemas = """
        components:
          securitySchemes:
            bearerToken:
              type: http
              scheme: bearer
              description: A token from `hearth token add USERNAME --name NAME`, acting with that account's role.
            sessionCookie:
              type: apiKey
              in: cookie
              name: hearth_session
              description: A signed-in browser session (GET only).
          parameters:
            la:
              name: la
              in: query
              description: "The authority's code (e.g. 879). Default every authority; the budget monitor needs one when the database holds several."
              schema: {type: string}
          responses:
            BadRequest:
              description: A parameter is unknown or malformed; the error says which and what is expected.
              content: {application/json: {schema: {$ref: '#/components/schemas/Error'}}}
            Unauthorized:
              description: 'No valid credentials. The answer carries `WWW-Authenticate: Bearer`.'
              content: {application/json: {schema: {$ref: '#/components/schemas/Error'}}}
            Forbidden:
              description: The account's role may not use this route.
              content: {application/json: {schema: {$ref: '#/components/schemas/Error'}}}
            NotFound:
              description: There is no data (or budget) for what was asked.
              content: {application/json: {schema: {$ref: '#/components/schemas/Error'}}}
          schemas:
            Error:
              type: object
              required: [error]
              properties:
                error: {type: string, description: 'What is wrong, in words a person can act on.'}
            Pounds:
              type: number
              description: Money in pounds with two decimals (pence exact).
            Summary:
              type: object
              required: [date, authorities, children_in_care, by_category, flows]
              properties:
                date: {type: string, format: date, description: The day counted.}
                authorities: {type: array, items: {type: string}}
                children_in_care: {type: integer, description: 'Children in care on the day, DfE rules (short breaks V3, V4 not counted).'}
                by_category:
                  type: array
                  items:
                    type: object
                    required: [authority, category, label, children]
                    properties:
                      authority: {type: string}
                      category:
                        type: string
                        enum: [fostering-relative-friend, fostering-in-house, fostering-ifa, residential-in-house, residential-external, supported, secure, placed-with-parents, adoption, other]
                      label: {type: string}
                      children: {type: integer}
                flows:
                  type: array
                  description: The twelve months to the day counted.
                  items:
                    type: object
                    required: [authority, month, entries, exits]
                    properties:
                      authority: {type: string}
                      month: {type: string, description: YYYY-MM}
                      entries: {type: integer, description: Children starting a period of care.}
                      exits: {type: integer, description: Children leaving care.}
            BudgetMonitor:
              type: object
              required: [authority, period, period_label, previous_period, lines, total]
              properties:
                authority: {type: string}
                period: {type: string, description: YYYY-MM}
                period_label: {type: string, description: 'e.g. P9 2024-25 (December 2024)'}
                previous_period: {type: [string, 'null'], description: 'The closed month compared with; null when it was not closed.'}
                lines: {type: array, items: {$ref: '#/components/schemas/BudgetLine'}}
                total: {$ref: '#/components/schemas/BudgetLine'}
            BudgetLine:
              type: object
              required: [line, budgeted_children, budget, previous_forecast, children_at_period_end, forecast, variance_to_previous, variance_to_budget, average_weekly_unit_cost, unit_cost_change]
              properties:
                line: {type: string}
                budgeted_children: {type: integer, description: Estimated numbers when the budget was set.}
                budget: {$ref: '#/components/schemas/Pounds'}
                previous_forecast: {type: [number, 'null'], description: "The previous month's frozen forecast (pounds); null when not closed."}
                children_at_period_end: {type: integer}
                forecast: {$ref: '#/components/schemas/Pounds'}
                variance_to_previous: {type: [number, 'null'], description: Forecast − previous forecast (pounds).}
                variance_to_budget: {$ref: '#/components/schemas/Pounds'}
                average_weekly_unit_cost: {$ref: '#/components/schemas/Pounds'}
                unit_cost_change: {type: [number, 'null'], description: Change in average weekly unit cost (pounds).}
            Projection:
              type: object
              required: [method, start, reference_start, reference_end, months, points]
              properties:
                method: {type: string, enum: [markov]}
                start: {type: string, format: date}
                reference_start: {type: string, format: date}
                reference_end: {type: string, format: date}
                months: {type: integer}
                points:
                  type: array
                  items:
                    type: object
                    required: [date, category, mean, sd, lower, upper]
                    properties:
                      date: {type: string, format: date, description: A month end.}
                      category: {type: string, enum: [Fostering, Residential, Supported, Other]}
                      mean: {type: number, description: Expected children (three decimals).}
                      sd: {type: number, description: Standard deviation.}
                      lower: {type: number, description: 'mean − 2 sd, at least 0.'}
                      upper: {type: number, description: mean + 2 sd.}
            Children:
              type: object
              required: [date, children]
              properties:
                date: {type: string, format: date, description: The data date.}
                children:
                  type: array
                  items:
                    type: object
                    required: [authority, child_id, age, category, category_label, provider, weekly_cost]
                    properties:
                      authority: {type: string}
                      child_id: {type: string, description: "The council's pseudonymous SSDA903 CHILD reference."}
                      age: {type: integer}
                      category: {type: string}
                      category_label: {type: string}
                      provider: {type: [string, 'null']}
                      weekly_cost: {type: [number, 'null'], description: Net weekly cost in pounds from the costs register.}

        """
}
