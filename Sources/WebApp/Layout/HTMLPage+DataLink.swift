extension HTMLPage {
    /// The link to the Data page, only for roles the matrix lets in.
    static func dataLink(_ user: SignedInUser?) -> String {
        RouteAccess.rule(method: .get, path: "/data")?.audience.allows(user?.role) == true ? " <a href=\"/data\">Data</a>" : ""
    }
}
