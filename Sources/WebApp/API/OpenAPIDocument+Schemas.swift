extension OpenAPIDocument {
    /// Parameters, answers, schemas and security schemes the paths refer to. Each schema's `required`
    /// lists every top-level field of the answer, in the order the API writes them; `suppressed` is not
    /// required, as it comes last and only when small numbers are hidden from the read-only role.
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
            sex:
              name: sex
              in: query
              description: 'Only children of this sex: M (male), F (female) or U (not known). Default every child.'
              schema: {type: string, enum: [M, F, U]}
            uasc:
              name: uasc
              in: query
              description: 'uasc: only unaccompanied asylum-seeking children; not-uasc: only the others. Default every child.'
              schema: {type: string, enum: [uasc, not-uasc]}
            age_band:
              name: age_band
              in: query
              description: Only children in this age band. Default every age.
              schema: {type: string, enum: [under-1, '1-4', '5-9', '10-15', 16-plus]}
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
            Suppressed:
              type: array
              items: {type: string}
              description: "The read-only role only, and only when something is hidden: the names of this object's fields that are null because they would show a number of children from 1 to 5, or a figure that gives one away."
            Group:
              type: object
              required: [sex, uasc, age_band]
              description: The children counted, as the sex, uasc and age_band parameters chose them; null for a part not chosen (every child).
              properties:
                sex: {type: [string, 'null'], enum: [M, F, U, null]}
                uasc: {type: [string, 'null'], enum: [uasc, not-uasc, null]}
                age_band: {type: [string, 'null'], enum: [under-1, '1-4', '5-9', '10-15', 16-plus, null]}
            Summary:
              type: object
              required: [date, authorities, group, children_in_care, uasc_in_care, by_category, flows]
              properties:
                date: {type: string, format: date, description: The day counted.}
                authorities: {type: array, items: {type: string}}
                group: {$ref: '#/components/schemas/Group'}
                children_in_care: {type: [integer, 'null'], description: 'Children in care on the day, DfE rules (short breaks V3, V4 not counted); null when suppressed.'}
                uasc_in_care: {type: [integer, 'null'], description: 'Of those, unaccompanied asylum-seeking children (UASC) on the day (until their DUC date); null when suppressed.'}
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
                      children: {type: [integer, 'null'], description: Null when suppressed.}
                      suppressed: {$ref: '#/components/schemas/Suppressed'}
                flows:
                  type: array
                  description: The twelve months to the day counted.
                  items:
                    type: object
                    required: [authority, month, entries, exits]
                    properties:
                      authority: {type: string}
                      month: {type: string, description: YYYY-MM}
                      entries: {type: [integer, 'null'], description: Children starting a period of care; null when suppressed.}
                      exits: {type: [integer, 'null'], description: Children leaving care; null when suppressed.}
                      suppressed: {$ref: '#/components/schemas/Suppressed'}
                suppressed: {$ref: '#/components/schemas/Suppressed'}
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
                budgeted_children: {type: [integer, 'null'], description: Estimated numbers when the budget was set; null when suppressed.}
                budget: {$ref: '#/components/schemas/Pounds'}
                previous_forecast: {type: [number, 'null'], description: "The previous month's frozen forecast (pounds); null when not closed, or suppressed."}
                children_at_period_end: {type: [integer, 'null'], description: Null when suppressed.}
                forecast: {type: [number, 'null'], description: 'Pounds; null when suppressed (the cost of 1 to 5 children).'}
                variance_to_previous: {type: [number, 'null'], description: Forecast − previous forecast (pounds).}
                variance_to_budget: {type: [number, 'null'], description: Forecast − budget (pounds); null when the forecast is suppressed.}
                average_weekly_unit_cost: {type: [number, 'null'], description: 'Pounds; null when suppressed (an average over 1 to 5 children).'}
                unit_cost_change: {type: [number, 'null'], description: Change in average weekly unit cost (pounds).}
                suppressed: {$ref: '#/components/schemas/Suppressed'}
            Projection:
              type: object
              required: [method, start, reference_start, reference_end, months, group, points]
              properties:
                method: {type: string, enum: [markov]}
                start: {type: string, format: date}
                reference_start: {type: string, format: date}
                reference_end: {type: string, format: date}
                months: {type: integer}
                group: {$ref: '#/components/schemas/Group'}
                points:
                  type: array
                  items:
                    type: object
                    required: [date, category, mean, sd, lower, upper]
                    properties:
                      date: {type: string, format: date, description: A month end.}
                      category: {type: string, enum: [Fostering, Residential, Supported, Other]}
                      mean: {type: [number, 'null'], description: Expected children (three decimals); null when it rounds to 1 to 5 and is suppressed.}
                      sd: {type: [number, 'null'], description: Standard deviation; null with the mean.}
                      lower: {type: [number, 'null'], description: 'mean − 2 sd, at least 0; null with the mean.'}
                      upper: {type: [number, 'null'], description: mean + 2 sd; null with the mean.}
                      suppressed: {$ref: '#/components/schemas/Suppressed'}
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
