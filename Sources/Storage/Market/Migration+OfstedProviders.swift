import SQLKit

extension Migration {
    /// Version 17: Ofsted's providers of children's social care — children's homes, fostering agencies and the
    /// rest — one row per provider as its latest inspection left it, for the market around an authority and the
    /// grade of the providers its children are placed with.
    ///
    /// It is national public data, not a council's: the table has no authority column and an import replaces it
    /// whole. Keyed by URN; days are ISO text; the grade is an `OfstedGrade` code, from the latest graded
    /// inspection, which `graded_on` dates; `imported_at` (the same on every row) says how old the copy is.
    static let ofstedProviders = Migration(version: 17, name: "Ofsted providers") { db in
        try await createInKeyOrder(
            db.create(table: "ofsted_providers")
                .column("urn", type: .text, .primaryKey(autoIncrement: false))
                .column("provision_type", type: .text, .notNull)
                .column("registration_date", type: .text)
                .column("registration_status", type: .text)
                .column("name", type: .text)
                .column("local_authority", type: .text, .notNull)
                .column("region", type: .text)
                .column("sector", type: .text)
                .column("places", type: .int)
                .column("owner", type: .text)
                .column("inspection_date", type: .text)
                .column("overall_grade", type: .text)
                .column("graded_on", type: .text)
                .column("imported_at", type: .text, .notNull), db)
    }
}
