import CareModel
import Interchange
import Storage

extension SSDA903Import {
    /// Reads and checks returns sent through the browser as `upload` would, and settles their authority, saving
    /// nothing: for a page that shows what was read (the year each file was taken as) before the sender confirms.
    /// Rows without an LA column belong to the authority named, else to the only one in the store. With neither,
    /// such rows are refused (the command line would file them under "LA"): a hub's upload must not start a
    /// made-up authority.
    ///
    /// - Throws: `FileReadFailure` for bad files; `AuthorityChoiceError` when rows name no authority and none
    ///   can be chosen.
    public static func check(
        _ files: [SentFile], authority: AuthorityCode?, setsAsideInvalid: Bool = false, returnYear: Int? = nil,
        in store: HearthStore
    ) async throws -> (run: SSDA903Import, extract: SSDA903Extract) {
        var fallback = authority
        if fallback == nil { fallback = try await AuthorityChoice.only(in: store) }
        var run = SSDA903Import(files: .sent(files), defaultAuthority: fallback ?? CostsImport.unnamed)
        run.setsAsideInvalid = setsAsideInvalid
        run.returnYear = returnYear
        let extract = try run.read()
        let unnamed =
            extract.headers.contains { $0.authority == CostsImport.unnamed }
            || extract.episodes.contains { $0.authority == CostsImport.unnamed }
            || extract.uasc.contains { $0.authority == CostsImport.unnamed }
        if fallback == nil, unnamed { _ = try await AuthorityChoice.resolve(nil, in: store) }
        return (run, extract)
    }

    /// Imports returns sent through the browser, checked as `check` checks them.
    ///
    /// - Throws: `FileReadFailure` for bad files; `AuthorityChoiceError` when rows name no authority and
    ///   none can be chosen; storage errors. Nothing is saved when it throws.
    public static func upload(
        _ files: [SentFile], authority: AuthorityCode?, setsAsideInvalid: Bool = false, returnYear: Int? = nil,
        to store: HearthStore, by actor: ImportActor
    ) async throws -> Outcome {
        let (run, extract) = try await check(
            files, authority: authority, setsAsideInvalid: setsAsideInvalid, returnYear: returnYear, in: store)
        return try await run.save(extract, to: store, by: actor)
    }
}
