/// A file in scope that could not be read or parsed. It is never dropped silently: whatever it
/// references is unknown, and the audit turns it into a `config-error` finding.
public struct Diagnostic: Hashable, Sendable, Codable, Comparable {
    public var path: String
    public var line: Int?
    public var column: Int?
    public var message: String

    public init(path: String, line: Int? = nil, column: Int? = nil, message: String) {
        self.path = path
        self.line = line
        self.column = column
        self.message = message
    }

    public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        (lhs.path, lhs.line ?? 0, lhs.column ?? 0, lhs.message) < (
            rhs.path, rhs.line ?? 0, rhs.column ?? 0, rhs.message
        )
    }

    public var position: String {
        var s = path
        if let line { s += ":\(line)" }
        if let column { s += ":\(column)" }
        return s
    }
}
