extension OpenAPIDocument {
    /// The routes about the council's programmes, inside the paths block (after the supply routes, before
    /// `components`), their paths and roles taken from `Route` as the others' are.
    static let programmePaths = """
          \(Route.apiProgrammes.path):
            get:
              operationId: programmes
              summary: The council's programmes, each with its plans by cohort and the year's savings
              description: >-
                For one authority on the day its data runs to: each programme (step-down to fostering,
                reunification, special guardianship exits…) with its plans in all and by cohort column, the cohort
                table with the savings each column is expected to make, the savings target for the financial year,
                the savings anticipated this year (achieved and on-track plans, from their target dates to 31
                March), realised (from the moves the costs register shows) and lost to slippage. Aggregates only:
                for read-only, a count of 1 to 5 plans is null, and so is any share or saving added up over so few.
              x-hearth-roles: \(Route.apiProgrammes.rolesList)
              parameters:
                - name: la
                  in: query
                  description: "The authority's code (e.g. 879). Default the only one the account may see; needed when it may see several."
                  schema: {type: string}
              responses:
                '200':
                  description: The authority's programmes (an empty list when it has none)
                  content:
                    application/json:
                      schema:
                        $ref: '#/components/schemas/Programmes'
                '400': {$ref: '#/components/responses/BadRequest'}
                '401': {$ref: '#/components/responses/Unauthorized'}
                '403': {$ref: '#/components/responses/Forbidden'}
                '404': {$ref: '#/components/responses/NotFound'}
          \(Route.apiProgramme.path)/{programme}:
            get:
              operationId: programme
              summary: One programme month by month, with every child's plan and its saving
              description: >-
                The programme's cohort table, its plans and savings by status, the financial year month by month
                (anticipated and realised), and each plan: its child, homes, dates, weekly saving, the saving at
                the three horizons and what slippage costs, the move the costs register shows and what it has
                realised, and its status history. Plans name children, so not for the read-only role; every call
                is written to the audit log.
              x-hearth-roles: \(Route.apiProgramme.rolesList)
              parameters:
                - name: programme
                  in: path
                  required: true
                  description: "The programme's reference, as the list gives it (e.g. STEPS)."
                  schema: {type: string}
                - name: la
                  in: query
                  description: "The authority's code (e.g. 879). Default the only one the account may see; needed when it may see several."
                  schema: {type: string}
              responses:
                '200':
                  description: The programme
                  content:
                    application/json:
                      schema:
                        $ref: '#/components/schemas/Programme'
                '400': {$ref: '#/components/responses/BadRequest'}
                '401': {$ref: '#/components/responses/Unauthorized'}
                '403': {$ref: '#/components/responses/Forbidden'}
                '404': {$ref: '#/components/responses/NotFound'}

        """

    /// The schemas of the programme routes, appended to `components.schemas` after the supply routes'. As
    /// for the others, `required` lists every top-level field in the order the API writes them.
    static let programmeSchemas = """
            Programmes:
              type: object
              required: [authority, date, year, programmes]
              properties:
                authority: {type: string}
                date: {type: string, format: date, description: 'The day described: where the data ends.'}
                year: {type: string, description: 'The financial year holding the date, e.g. 2024-25: in-year means this one.'}
                programmes:
                  type: array
                  items:
                    type: object
                    required: [programme, name, kind, kind_label, plans, achieved, on_track, unconfirmed, out_of_scope, target, anticipated_in_year, realised_in_year, slippage_in_year, cohort]
                    properties:
                      programme: {type: string, description: "The council's reference (e.g. STEPS)."}
                      name: {type: string}
                      kind: {$ref: '#/components/schemas/ProgrammeKind'}
                      kind_label: {type: string}
                      plans: {type: [integer, 'null'], description: Children's plans in the programme; null when suppressed.}
                      achieved: {type: [integer, 'null']}
                      on_track: {type: [integer, 'null'], description: 'Agreed at panel, searching, matched or moving.'}
                      unconfirmed: {type: [integer, 'null'], description: 'Yet to be confirmed: identified or on hold.'}
                      out_of_scope: {type: [integer, 'null'], description: No longer in scope.}
                      target: {type: [number, 'null'], description: "Pounds: the budget's savings line for the year; null when none is set."}
                      anticipated_in_year: {type: [number, 'null'], description: 'Pounds: achieved and on-track plans, from their target dates to 31 March.'}
                      realised_in_year: {type: [number, 'null'], description: 'Pounds: from the moves the costs register shows, this year.'}
                      slippage_in_year: {type: [number, 'null'], description: "Pounds this year lost to target dates later than the first agreed."}
                      cohort: {type: array, items: {$ref: '#/components/schemas/CohortRow'}}
                      suppressed: {$ref: '#/components/schemas/Suppressed'}
            ProgrammeKind:
              type: string
              enum: [step-down, step-forward, reunification, permanence, coming-home, edge-of-care, other]
            CohortRow:
              type: object
              required: [cohort, label, plans, share_percent, in_year, full_year, to_18, realised_to_date]
              description: One line of the cohort table as the council papers print it; the first is the whole cohort.
              properties:
                cohort: {type: [string, 'null'], enum: [achieved, on-track, unconfirmed, out-of-scope, null], description: Null for the whole cohort.}
                label: {type: string}
                plans: {type: [integer, 'null']}
                share_percent: {type: [integer, 'null'], description: 'Whole per cent of the cohort, rounded half up.'}
                in_year: {type: [number, 'null'], description: 'Pounds anticipated to 31 March.'}
                full_year: {type: [number, 'null'], description: 'Pounds anticipated over a full year from each target date.'}
                to_18: {type: [number, 'null'], description: "Pounds anticipated to the day before each child's 18th birthday."}
                realised_to_date: {type: [number, 'null'], description: 'Pounds realised from the moves made, to the date.'}
                suppressed: {$ref: '#/components/schemas/Suppressed'}
            Horizons:
              type: object
              required: [in_year, full_year, to_18]
              properties:
                in_year: {$ref: '#/components/schemas/Pounds'}
                full_year: {$ref: '#/components/schemas/Pounds'}
                to_18: {$ref: '#/components/schemas/Pounds'}
            Programme:
              type: object
              required: [authority, date, year, programme, name, kind, kind_label, target, anticipated_in_year, realised_in_year, slippage_in_year, cohort, statuses, months, plans]
              properties:
                authority: {type: string}
                date: {type: string, format: date, description: 'The day described: where the data ends.'}
                year: {type: string, description: 'The financial year holding the date, e.g. 2024-25.'}
                programme: {type: string}
                name: {type: string}
                kind: {$ref: '#/components/schemas/ProgrammeKind'}
                kind_label: {type: string}
                target: {type: [number, 'null'], description: "Pounds: the budget's savings line for the year; null when none is set."}
                anticipated_in_year: {$ref: '#/components/schemas/Pounds'}
                realised_in_year: {$ref: '#/components/schemas/Pounds'}
                slippage_in_year: {$ref: '#/components/schemas/Pounds'}
                cohort: {type: array, items: {$ref: '#/components/schemas/CohortRow'}}
                statuses:
                  type: array
                  description: Each status that has plans, in the order plans move through them.
                  items:
                    type: object
                    required: [status, label, plans, in_year, full_year, to_18]
                    properties:
                      status: {$ref: '#/components/schemas/PlanStatus'}
                      label: {type: string}
                      plans: {type: integer}
                      in_year: {$ref: '#/components/schemas/Pounds'}
                      full_year: {$ref: '#/components/schemas/Pounds'}
                      to_18: {$ref: '#/components/schemas/Pounds'}
                months:
                  type: array
                  description: The twelve months of the financial year.
                  items:
                    type: object
                    required: [month, anticipated, realised]
                    properties:
                      month: {type: string, description: YYYY-MM}
                      anticipated: {type: number, description: 'Pounds the achieved and on-track plans are expected to save in the month, less one-off costs.'}
                      realised: {type: number, description: 'Pounds the moves the costs register shows saved in the month, up to the date.'}
                plans: {type: array, items: {$ref: '#/components/schemas/Plan'}}
            PlanStatus:
              type: string
              enum: [identified, panel-agreed, searching, matched, moving, achieved, on-hold, out-of-scope]
            Plan:
              type: object
              required: [plan, child, status, cohort, destination, identified, first_target_date, target_date, owner, current_weekly, target_weekly, weekly_saving, one_off_cost, anticipated, slippage, moved, new_weekly, realised_to_date, realised_in_year, move_not_recorded, history]
              properties:
                plan: {type: string, description: "The council's reference for the plan."}
                child: {type: string, description: "The child's pseudonymous SSDA903 CHILD reference."}
                status: {$ref: '#/components/schemas/PlanStatus'}
                cohort: {type: string, enum: [achieved, on-track, unconfirmed, out-of-scope]}
                destination: {type: string, description: 'A placement category (fostering-in-house, …) or leaves-care.'}
                identified: {type: string, format: date}
                first_target_date: {type: string, format: date, description: Slippage is measured from it.}
                target_date: {type: string, format: date}
                owner: {type: [string, 'null'], description: The team or role leading the plan.}
                current_weekly: {type: [number, 'null'], description: "Pounds a week, net, of the child's home when the plan was identified; null when the costs register has none."}
                target_weekly: {$ref: '#/components/schemas/Pounds'}
                weekly_saving: {$ref: '#/components/schemas/Pounds'}
                one_off_cost: {$ref: '#/components/schemas/Pounds'}
                anticipated: {$ref: '#/components/schemas/Horizons'}
                slippage: {$ref: '#/components/schemas/Horizons'}
                moved: {type: [string, 'null'], format: date, description: The day the costs register shows the move; null before it.}
                new_weekly: {type: [number, 'null'], description: "Pounds a week of the new home on the day of the move."}
                realised_to_date: {$ref: '#/components/schemas/Pounds'}
                realised_in_year: {$ref: '#/components/schemas/Pounds'}
                move_not_recorded: {type: boolean, description: 'The costs register shows a move but the plan is not marked achieved: update it.'}
                history:
                  type: array
                  items:
                    type: object
                    required: [from, status, reason]
                    properties:
                      from: {type: string, format: date}
                      status: {$ref: '#/components/schemas/PlanStatus'}
                      reason: {type: [string, 'null'], description: Why the plan paused or stopped.}

        """
}
