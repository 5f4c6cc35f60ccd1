/// A file sent through the browser: the name the person's computer gave it, and its bytes.
public struct SentFile: Sendable, Equatable {
    /// The file's own name, without any folder (problems and the audit log name it so).
    public var name: String
    /// The bytes as the readers take them, so an upload is not copied again on its way in.
    public var contents: [UInt8]

    public init(name: String, contents: [UInt8]) {
        self.name = name
        self.contents = contents
    }
}
