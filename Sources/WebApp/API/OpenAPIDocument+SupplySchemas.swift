extension OpenAPIDocument {
    /// The schemas of the routes about the council's own homes, appended to `components.schemas` (the last
    /// block of the document). As for the others, `required` lists every top-level field in the order the
    /// API writes them.
    static let supplySchemas = """
            Sufficiency:
              type: object
              required: [authority, start, rules, inputs, rows, total_cost, where_children_live]
              properties:
                authority: {type: string}
                start: {type: string, format: date, description: 'Where the data ends: the projection starts here.'}
                rules:
                  type: object
                  required: [months, registration_delay_days, default_places_per_approval]
                  properties:
                    months: {type: integer}
                    registration_delay_days: {type: integer}
                    default_places_per_approval: {type: number, description: 'Places a new household brings when none was approved in the last three years.'}
                inputs:
                  type: object
                  required: [kinship_share, in_house_share, council_residential_share, kinship_places, in_house_places, places_per_approval, yearly_resignation_rate, agency_fostering_weekly, external_residential_weekly, monthly]
                  properties:
                    kinship_share: {type: number, description: 'Share of foster care with family and friends (0 to 1), from the costs register on the start day.'}
                    in_house_share: {type: number, description: "Share of foster care with the council's own carers (0 to 1); the rest is agencies."}
                    council_residential_share: {type: number, description: "Share of children's home places in council homes and block beds (0 to 1)."}
                    kinship_places: {type: integer, description: "Connected carers' approved places not on hold, now."}
                    in_house_places: {type: integer, description: "Mainstream and specialist carers' approved places not on hold, now."}
                    places_per_approval: {type: number}
                    yearly_resignation_rate: {type: number, description: 'In-house places lost to resignation a year (0 to 1).'}
                    agency_fostering_weekly: {$ref: '#/components/schemas/Pounds'}
                    external_residential_weekly: {$ref: '#/components/schemas/Pounds'}
                    monthly:
                      type: array
                      items:
                        type: object
                        required: [month, expected_approvals, council_beds]
                        properties:
                          month: {type: string, format: date, description: A month end.}
                          expected_approvals: {type: number}
                          council_beds: {type: integer, description: Council and block beds usable on the month end.}
                rows:
                  type: array
                  items:
                    type: object
                    required: [month, kind, label, demand, supply, shortfall, cost]
                    properties:
                      month: {type: string, format: date, description: A month end.}
                      kind: {type: string, enum: [kinship, in-house-fostering, council-residential]}
                      label: {type: string}
                      demand: {type: [number, 'null'], description: 'Children expected to need this kind of home; null when suppressed.'}
                      supply: {type: number, description: Places expected.}
                      shortfall: {type: [number, 'null'], description: 'Demand less places, at least 0; null with the demand.'}
                      cost: {type: [number, 'null'], description: 'Pounds: the shortfall at the market price for the month; null with the demand.'}
                      suppressed: {$ref: '#/components/schemas/Suppressed'}
                total_cost: {type: [number, 'null'], description: 'Pounds over every month and kind; null when any month is suppressed.'}
                where_children_live:
                  type: array
                  description: Children in care at each month end of the last year, in all and in family-based care, commissioned homes and more than 20 miles away (of those whose distance is known).
                  items:
                    type: object
                    properties:
                      month: {type: string, format: date}
                      children: {type: [integer, 'null']}
                      family_based: {type: [integer, 'null']}
                      commissioned: {type: [integer, 'null']}
                      farther_than_20_miles: {type: [integer, 'null']}
                      distance_known: {type: [integer, 'null']}
                      suppressed: {$ref: '#/components/schemas/Suppressed'}
                suppressed: {$ref: '#/components/schemas/Suppressed'}
            Fostering:
              type: object
              required: [authority, date, households, totals, by_kind, unknown_carers, voids, funnel, forecast, net_change]
              properties:
                authority: {type: string}
                date: {type: string, format: date, description: 'The day described: where the data ends.'}
                households:
                  type: array
                  items:
                    type: object
                    required: [reference, kind, postcode_sector, status, status_reason, places, placed, on_hold, vacancies, overfilled]
                    properties:
                      reference: {type: string, description: "The council's reference for the household."}
                      kind: {type: string, enum: [mainstream, connected, specialist]}
                      postcode_sector: {type: [string, 'null'], description: 'e.g. PL4 8; never the full postcode.'}
                      status: {type: [string, 'null'], enum: [approved, on-hold, under-review, resigned, null]}
                      status_reason: {type: [string, 'null']}
                      places: {type: integer}
                      placed: {type: integer, description: Children with the household on the day.}
                      on_hold: {type: integer}
                      vacancies: {type: integer}
                      overfilled: {type: boolean, description: More children than places not on hold.}
                totals: {$ref: '#/components/schemas/HouseholdCounts'}
                by_kind:
                  type: array
                  items:
                    allOf:
                      - $ref: '#/components/schemas/HouseholdCounts'
                      - type: object
                        required: [kind, label]
                        properties:
                          kind: {type: string, enum: [mainstream, connected, specialist]}
                          label: {type: string}
                unknown_carers:
                  type: array
                  description: Costs register entries open on the day naming a carer that is neither a household nor a home.
                  items:
                    type: object
                    required: [carer, placements]
                    properties:
                      carer: {type: string}
                      placements: {type: integer}
                voids:
                  type: object
                  required: [first, last, total, by_reason]
                  properties:
                    first: {type: string, format: date}
                    last: {type: string, format: date}
                    total: {type: integer, description: Void place-days over the 12 months.}
                    by_reason:
                      type: array
                      items:
                        type: object
                        required: [reason, place_days]
                        properties:
                          reason: {type: string, description: 'e.g. Not matched, or On hold: Illness.'}
                          place_days: {type: integer}
                funnel:
                  type: object
                  required: [years, steps, enquiries_by_month]
                  properties:
                    years:
                      type: array
                      description: 'The last three financial years, the current one so far: year, first, last, then households reaching each stage (enquiry, initial_visit, application, stage_1, stage_2, panel, approval, withdrawn).'
                      items: {type: object}
                    steps:
                      type: array
                      items:
                        type: object
                        required: [from, to, known, converted, rate, lag_observations, median_days]
                        properties:
                          from: {type: string}
                          to: {type: string}
                          known: {type: integer, description: Households at the first stage whose outcome is known.}
                          converted: {type: integer}
                          rate: {type: [number, 'null']}
                          lag_observations: {type: integer}
                          median_days: {type: [number, 'null']}
                    enquiries_by_month:
                      type: array
                      items:
                        type: object
                        required: [month, enquiries]
                        properties:
                          month: {type: string, description: January to December.}
                          enquiries: {type: integer}
                forecast:
                  type: object
                  required: [as_at, open_prospects, enquiries_per_month, expected_total, naive_total, months]
                  properties:
                    as_at: {type: string, format: date}
                    open_prospects: {type: integer}
                    enquiries_per_month: {type: number}
                    expected_total: {type: number, description: Expected approvals over the next 12 months.}
                    naive_total: {type: integer, description: 'Approvals in the last 12 months: the forecast that next year is like last.'}
                    months:
                      type: array
                      items:
                        type: object
                        required: [month, from_pipeline, from_new_enquiries, expected, naive]
                        properties:
                          month: {type: string, description: YYYY-MM}
                          from_pipeline: {type: number}
                          from_new_enquiries: {type: number}
                          expected: {type: number}
                          naive: {type: integer, description: Approvals in the same month a year before.}
                net_change:
                  type: object
                  required: [first, last, approvals, ifa_transfer_approvals, resignations, net, target, shortfall]
                  properties:
                    first: {type: string, format: date, description: The start of the financial year.}
                    last: {type: string, format: date}
                    approvals: {type: integer}
                    ifa_transfer_approvals: {type: integer}
                    resignations: {type: integer}
                    net: {type: integer}
                    target: {type: [number, 'null'], description: "The target's share for these days; null without a target."}
                    shortfall: {type: [number, 'null'], description: 'Target less net change (negative when ahead); null without a target.'}
            HouseholdCounts:
              type: object
              required: [households, places, placed, on_hold, vacancies, overfilled]
              properties:
                households: {type: integer}
                places: {type: integer}
                placed: {type: integer}
                on_hold: {type: integer}
                vacancies: {type: integer}
                overfilled: {type: integer, description: Households with more children than places not on hold.}
            Homes:
              type: object
              required: [authority, date, homes, months, empty_block_cost, market]
              properties:
                authority: {type: string}
                date: {type: string, format: date, description: 'The day described: where the data ends.'}
                homes:
                  type: array
                  items:
                    type: object
                    required: [reference, name, kind, beds, placed, empty_beds, overfilled, urn, registered, planned_opening, registration_stage, weekly_bed_price, contract_start, contract_end]
                    properties:
                      reference: {type: string}
                      name: {type: string}
                      kind: {type: string, enum: [council, block]}
                      beds: {type: integer, description: Beds usable on the day.}
                      placed: {type: integer}
                      empty_beds: {type: integer}
                      overfilled: {type: boolean}
                      urn: {type: [string, 'null'], description: "Ofsted's unique reference number."}
                      registered: {type: [string, 'null'], format: date}
                      planned_opening: {type: [string, 'null'], format: date}
                      registration_stage: {type: [string, 'null']}
                      weekly_bed_price: {type: [number, 'null'], description: 'Pounds; block contracts only.'}
                      contract_start: {type: [string, 'null'], format: date}
                      contract_end: {type: [string, 'null'], format: date}
                months:
                  type: array
                  description: The 12 months to the day, oldest first.
                  items:
                    type: object
                    required: [month, first, last, bed_days, empty_bed_days, empty_bed_cost, homes]
                    properties:
                      month: {type: string, description: YYYY-MM}
                      first: {type: string, format: date}
                      last: {type: string, format: date}
                      bed_days: {type: integer}
                      empty_bed_days: {type: integer}
                      empty_bed_cost: {type: number, description: "Pounds: what the month's empty block beds cost."}
                      homes:
                        type: array
                        items:
                          type: object
                          required: [reference, bed_days, empty_bed_days, empty_bed_cost]
                          properties:
                            reference: {type: string}
                            bed_days: {type: integer}
                            empty_bed_days: {type: integer}
                            empty_bed_cost: {type: [number, 'null'], description: 'Pounds; null for a council home.'}
                empty_block_cost: {$ref: '#/components/schemas/Pounds'}
                market:
                  type: object
                  description: >-
                    The market around the authority from Ofsted's register. Without a register every field is
                    null or empty; without an area, only the flags are filled in.
                  required: [register_loaded_at, area, neighbours, areas, total, sectors, owners, flagged_children, flags]
                  properties:
                    register_loaded_at: {type: [string, 'null'], format: date-time, description: "When Ofsted's register was loaded; null when it is not."}
                    area: {type: [string, 'null'], description: 'The area asked for, its spaces tidied; null when none was.'}
                    neighbours: {type: array, items: {type: string}}
                    areas:
                      type: array
                      description: The area, then each neighbour once, in the order asked.
                      items: {$ref: '#/components/schemas/MarketTally'}
                    total:
                      oneOf:
                        - $ref: '#/components/schemas/MarketTally'
                        - type: 'null'
                    sectors:
                      type: array
                      description: By sector as Ofsted writes it (Private, Local Authority, …), most places first.
                      items: {$ref: '#/components/schemas/MarketTally'}
                    owners:
                      type: array
                      description: The owners with most places (at most 10), most places first.
                      items: {$ref: '#/components/schemas/MarketTally'}
                    flagged_children: {type: [integer, 'null'], description: 'Children placed on the date with a provider whose latest grade is Inadequate; null without a register.'}
                    flags:
                      type: [array, 'null']
                      description: "Each such placement, by child then URN; null without a register, or for a role that may not see children's records."
                      items:
                        type: object
                        required: [authority, child, urn, provider_name, grade, graded_on]
                        properties:
                          authority: {type: string}
                          child: {type: string}
                          urn: {type: string}
                          provider_name: {type: string, description: "Ofsted's name, else the costs register's, else 'name withheld'."}
                          grade: {type: string, enum: [inadequate]}
                          graded_on: {type: [string, 'null'], format: date, description: The day of the inspection that gave the grade.}
            MarketTally:
              type: object
              required: [label, homes, places]
              properties:
                label: {type: string, description: 'An area, a sector, an owner, or Total.'}
                homes: {type: integer, description: "Children's homes."}
                places: {type: integer, description: Registered places (a home with none recorded adds none).}

        """
}
