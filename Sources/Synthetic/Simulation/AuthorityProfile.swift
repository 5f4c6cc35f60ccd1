import CareModel

/// The fixed facts of one fictional authority: its code, its name, where it is and how big it is.
struct AuthorityProfile: Sendable {
    var index: Int
    var code: AuthorityCode
    var name: String
    var postcodes: PostcodeArea
    /// Entries relative to a typical authority of about 30 a month: the first authority is always 1,
    /// the others smaller (0.5 to 1), as most councils are.
    var scale: Double

    init(index: Int, seed: UInt64) {
        var random = SeededRandom(seed: seed, stream: 0xA0_0000 + UInt64(index))
        self.index = index
        self.code = AuthorityProfile.code(index)
        self.name = AuthorityProfile.name(index)
        self.postcodes = PostcodeArea.cluster(index)
        self.scale = index == 0 ? 1 : random.double(in: 0.5...1.0)
    }

    /// Three-digit codes no English authority uses: 990–999, then 989 down to 944, then 100–199
    /// (the DfE's numbers run from 201 to 943).
    static func code(_ index: Int) -> AuthorityCode {
        switch index {
        case ..<10: String(990 + index)
        case ..<56: String(989 - (index - 10))
        default: String(100 + index - 56)
        }
    }

    private static let stems = [
        "West", "Ash", "Bracken", "Calder", "Dun", "Elm", "Fern", "Grey", "Harrow",
        "Holly", "Kings", "Lark", "Marsh", "Oak", "Raven",
    ]
    private static let endings = [
        "moor", "vale", "mere", "dale", "ford", "wick", "bury", "field", "stead",
        "worth",
    ]

    /// Invented names: "Westmoor" first, then every stem with every ending (150 different names).
    static func name(_ index: Int) -> String {
        let stem = stems[index % stems.count]
        let ending = endings[(index / stems.count + index % stems.count) % endings.count]
        return stem + ending
    }
}
