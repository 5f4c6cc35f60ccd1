import Foundation

extension Workspace {
    /// Runs `hearth` with `input` on its standard input (passwords are read from there, never arguments).
    @discardableResult
    func hearth(_ arguments: [String], input: String) throws -> Result {
        try run(Self.binary, arguments, input: input)
    }

    /// Runs the benchmark tool `hearth-bench` with `input` on its standard input.
    @discardableResult
    func bench(_ arguments: [String], input: String) throws -> Result {
        try run(Self.built("hearth-bench"), arguments, input: input)
    }

    /// Runs a program to its end. Standard output and error share one pipe, so a chatty program cannot
    /// block on a full pipe that is not being read; `out` holds both, in order.
    @discardableResult
    func run(
        _ executable: URL, _ arguments: [String], input: String = "",
        environment: [String: String] = [:]
    ) throws -> Result {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
        let output = Pipe(), stdin = Pipe()
        process.standardOutput = output
        process.standardError = output
        process.standardInput = stdin
        try process.run()
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try stdin.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, out: String(decoding: data, as: UTF8.self), err: "")
    }

    /// The package's root folder (this file is Tests/HearthCommandTests/…).
    static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
}
