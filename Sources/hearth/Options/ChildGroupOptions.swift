import ArgumentParser
import CareModel

/// `--sex`, `--uasc`, `--age-band`: which children a count or projection is about, shared by `hearth summary`
/// and `hearth project` so both read a group the same way.
struct ChildGroupOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Only children of this sex: M, F or U (not known).", valueName: "sex"))
    var sex: Sex?
    @Option(
        help: ArgumentHelp(
            "uasc: only unaccompanied asylum-seeking children; not-uasc: only the others.", valueName: "uasc"))
    var uasc: ChildGroup.UASC?
    @Option(
        help: ArgumentHelp("Only children in this age band: under-1, 1-4, 5-9, 10-15 or 16-plus.", valueName: "band"))
    var ageBand: AgeBand?

    var group: ChildGroup { ChildGroup(sex: sex, uasc: uasc, ageBand: ageBand) }
}

extension Sex: ExpressibleByArgument {
    public init?(argument: String) { self.init(code: argument) }
}

extension ChildGroup.UASC: ExpressibleByArgument {}

extension AgeBand: ExpressibleByArgument {}
