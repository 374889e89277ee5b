/// A config file (estate file, provider catalogue, policy) that cannot be used as written. The message
/// names the file and, where known, the line, so the CLI prints it as the single exit-2 line.
public struct ConfigFileError: Error, Equatable, Sendable, CustomStringConvertible {
    public let file: String
    public let line: Int?
    public let message: String

    public init(file: String, line: Int?, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    public var description: String {
        if let line { return "\(file):\(line): \(message)" }
        return "\(file): \(message)"
    }
}
