import Foundation

/// A file sent through the browser: the name the person's computer gave it, and its bytes.
public struct SentFile: Sendable, Equatable {
    /// The file's own name, without any folder (problems and the audit log name it so).
    public var name: String
    public var contents: Data

    public init(name: String, contents: Data) {
        self.name = name
        self.contents = contents
    }
}
