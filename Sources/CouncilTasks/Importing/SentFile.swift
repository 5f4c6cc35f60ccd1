import Foundation

/// A file sent through the browser: the name the person's computer gave it, and its bytes.
public struct SentFile: Sendable, Equatable, Codable {
    /// The file's own name, without any folder (problems and the audit log name it so).
    public var name: String
    /// The bytes as the readers take them, so an upload is not copied again on its way in.
    public var contents: [UInt8]

    public init(name: String, contents: [UInt8]) {
        self.name = name
        self.contents = contents
    }

    enum CodingKeys: String, CodingKey { case name, contents }

    /// The bytes as Base64 (`Data`'s coding), not a JSON array of numbers four times the file's size.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        name = try container.decode(String.self, forKey: .name)
        contents = [UInt8](try container.decode(Data.self, forKey: .contents))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(name, forKey: .name)
        try container.encode(Data(contents), forKey: .contents)
    }
}
