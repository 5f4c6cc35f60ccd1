import Testing

@testable import Storage

@Suite("Database location")
struct DatabaseLocationTests {
    @Test(
        "a --db value is a PostgreSQL URL or a SQLite path",
        arguments: [
            ("./hearth.sqlite", DatabaseLocation.sqlite(path: "./hearth.sqlite")),
            ("/data/council.db", .sqlite(path: "/data/council.db")),
            ("postgres://u@h/db", .postgres(url: "postgres://u@h/db")),
            ("postgresql://u@h:5433/db?sslmode=disable", .postgres(url: "postgresql://u@h:5433/db?sslmode=disable")),
            ("POSTGRES://u@h/db", .postgres(url: "POSTGRES://u@h/db")),
            (
                "postgres+uds://u@localhost/tmp/.s.PGSQL.5432#db",
                .postgres(url: "postgres+uds://u@localhost/tmp/.s.PGSQL.5432#db")
            ),
            ("postgres.sqlite", .sqlite(path: "postgres.sqlite")),
        ])
    func parse(_ text: String, _ expected: DatabaseLocation) {
        #expect(DatabaseLocation(text) == expected)
    }

    @Test(
        "display names never show a password",
        arguments: [
            ("./hearth.sqlite", "./hearth.sqlite"),
            ("postgres://hearth@db.council.gov.uk/care", "postgres://hearth@db.council.gov.uk/care"),
            (
                "postgres://hearth:s3cret@db:5432/care?sslmode=require",
                "postgres://hearth:***@db:5432/care?sslmode=require"
            ),
            ("postgres://hearth:p@ss:word@db/care", "postgres://hearth:***@db/care"),
            ("postgres://hearth:@db/care", "postgres://hearth:***@db/care"),
            ("postgres://db/care?user=a:b@c", "postgres://db/care?user=a:b@c"),
        ])
    func masked(_ text: String, _ expected: String) {
        #expect(DatabaseLocation(text).displayName == expected)
    }

    @Test(
        "the schema parameter must be a plain identifier",
        arguments: [
            ("postgres://u@h/db?sslmode=disable&schema=council_879", "council_879" as String?),
            ("postgres://u@h/db?schema=A1", "A1"),
            ("postgres://u@h/db?sslmode=disable", nil),
        ])
    func schema(_ url: String, _ expected: String?) throws {
        #expect(try Connection.postgresConfiguration(url: url, shown: url).1 == expected)
    }

    @Test(
        "bad schema names and URLs are refused",
        arguments: [
            "postgres://u@h/db?schema=1abc", "postgres://u@h/db?schema=a;drop", "postgres://u@h/db?schema=",
            "postgres://h/db", "postgres://u@h/db?sslmode=sometimes",
        ])
    func refused(_ url: String) {
        #expect(throws: StorageError.self) { try Connection.postgresConfiguration(url: url, shown: url) }
    }
}
