/// A baseline file that cannot be used as given: exit 2 with this one line (CONTRACT.md), naming
/// the file and, where the parser can tell, the line. A gate must never quietly run without the
/// baseline it was asked to use, so every defect is an error, not a warning.
public struct BaselineError: Error, Equatable, Sendable, CustomStringConvertible {
    public let file: String
    public let line: Int?
    public let message: String

    public init(file: String, line: Int? = nil, message: String) {
        self.file = file
        self.line = line
        // One line, whatever the underlying error said.
        self.message = message.split(whereSeparator: \.isNewline).joined(separator: " ")
    }

    public var description: String {
        if let line { return "\(file):\(line): \(message)" }
        return "\(file): \(message)"
    }
}
