import CareModel

extension MarketArea {
    typealias Problem = QueryFormFields.Problem

    /// The homes page's fields in the order they come: the authority, the area, then the neighbours' boxes.
    static let fieldOrder = ["la", "area"] + (1...mostNeighbours).map(boxID)

    /// The id of the neighbour's box at `number` (from 1): what an error links to.
    static func boxID(_ number: Int) -> String { "neighbour-\(number)" }

    /// What is wrong, each beside its field as the page shows it.
    var problems: [Problem] {
        faults.map { fault -> Problem in
            switch fault {
            case .areaTooLong:
                Problem(field: "area", message: "Your area must be \(Self.longestName) characters or fewer.")
            case .neighboursWithoutArea:
                Problem(field: "area", message: "Enter your area as well as the areas around it.")
            case .tooManyNeighbours:
                Problem(field: Self.boxID(1), message: "Enter at most \(Self.mostNeighbours) areas around yours.")
            case .neighbourTooLong(let place):
                Problem(
                    field: Self.boxID(place + 1),
                    message: "Area around yours \(place + 1) must be \(Self.longestName) characters or fewer.")
            }
        }
    }

    /// How many boxes the form has for neighbours: one for each given and one empty, at least 3 and at most
    /// `mostNeighbours`. Without script there is no "add another" button: pressing Show brings a fresh box.
    var boxes: Int { min(Self.mostNeighbours, max(3, neighbours.count + 1)) }

    /// The GET form asking for the area and its neighbours, for the page about `la` (kept in a hidden field,
    /// so an account that sees several authorities stays on this one). It comes back to the section.
    func form(la: AuthorityCode, problems: [Problem]) -> Node {
        .form(
            .method("get"), .action(Route.homes.path + "#market"), .class("stacked-form projection-form"),
            .novalidate,
            .input(.type("hidden"), .name("la"), .value(la)),
            textField(
                "area", name: "area", label: "Your area, as Ofsted names it", value: area,
                hint: "The local authority area as Ofsted's register writes it, like Plymouth.", problems),
            .fieldset(
                .ariaDescribedBy("neighbours-hint"),
                .legend("Areas around yours (optional)"),
                .p(
                    .class("hint"), .id("neighbours-hint"),
                    .text(
                        "One area in each box, as Ofsted names it, like Cornwall; at most \(Self.mostNeighbours). "
                            + "Press Show for another empty box.")),
                .forEach(1...boxes) { number in
                    textField(
                        Self.boxID(number), name: "neighbour", label: "Area around yours \(number)",
                        value: number <= neighbours.count ? neighbours[number - 1] : "", hint: nil, problems)
                }),
            .button(.type("submit"), "Show"))
    }

    /// A labelled text input in its form group, in error (with the message) when `problems` has one for `id`.
    func textField(
        _ id: String, name: String, label: String, value: String, hint: String?, _ problems: [Problem]
    ) -> Node {
        QueryFormFields.group(id, problems) { error in
            let described = (hint == nil ? [] : ["\(id)-hint"]) + (error == nil ? [] : ["\(id)-error"])
            return .group([
                .label(.for(id), .text(label)),
                hint.map { Node.p(.class("hint"), .id("\(id)-hint"), .text($0)) } ?? .empty,
                error ?? .empty,
                .input(
                    .type("text"), .id(id), .name(name), .value(value), .autocomplete("off"), .spellcheck("false"),
                    .if(!described.isEmpty, .ariaDescribedBy(described.joined(separator: " ")))),
            ])
        }
    }
}
