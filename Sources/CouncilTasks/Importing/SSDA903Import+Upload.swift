import CareModel
import Interchange
import Storage

extension SSDA903Import {
    /// Imports returns sent through the browser. Rows without an LA column belong to the authority named,
    /// else to the only one in the store. With neither, such rows are refused (the command line would file
    /// them under "LA"): a hub's upload must not start a made-up authority.
    ///
    /// - Throws: `FileReadFailure` for bad files; `AuthorityChoiceError` when rows name no authority and
    ///   none can be chosen; storage errors. Nothing is saved when it throws.
    public static func upload(
        _ files: [SentFile], authority: AuthorityCode?, setsAsideInvalid: Bool = false, to store: HearthStore,
        by actor: ImportActor
    ) async throws -> Outcome {
        var fallback = authority
        if fallback == nil { fallback = try await AuthorityChoice.only(in: store) }
        var run = SSDA903Import(files: .sent(files), defaultAuthority: fallback ?? CostsImport.unnamed)
        run.setsAsideInvalid = setsAsideInvalid
        let extract = try run.read()
        let unnamed =
            extract.headers.contains { $0.authority == CostsImport.unnamed }
            || extract.episodes.contains { $0.authority == CostsImport.unnamed }
        if fallback == nil, unnamed { _ = try await AuthorityChoice.resolve(nil, in: store) }
        return try await run.save(extract, to: store, by: actor)
    }
}
