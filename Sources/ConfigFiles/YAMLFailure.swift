import Yams

/// Where and why a YAML text could not be read to its end: the one mapping from Yams' errors for
/// every YAML reader (config files here, manifests and settings in Scanning). The message holds no
/// byte of the file: Yams' own descriptions print the offending line (a reader error) or the keys
/// (a duplicate), and an unquoted password there would reach every report format. libyaml's
/// `problem` strings are fixed texts ("control characters are not allowed"), safe to pass on;
/// where the error has a byte offset, `position` turns it into a line and column.
public struct YAMLFailure: Error, Sendable {
    public var line: Int?
    public var column: Int?
    public var message: String
    /// The keys a mapping repeats, kept apart from `message`: a config reader may name them (its
    /// files are the user's own settings), a scanner of audited files does not.
    public var duplicateKeys: [String] = []

    public init(line: Int? = nil, column: Int? = nil, message: String) {
        self.line = line
        self.column = column
        self.message = message
    }

    public init(_ error: any Error, position: (Int) -> (line: Int, column: Int)) {
        guard let yaml = error as? YamlError else {
            self.init(message: "YAML cannot be parsed")
            return
        }
        switch yaml {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            let ctx = context.map { "\($0.text) " } ?? ""
            self.init(line: mark.line, column: mark.column, message: "YAML syntax error: \(ctx)\(problem)")
        case .duplicatedKeysInMapping(let duplicates, let context):
            self.init(line: context.mark.line, column: context.mark.column, message: "YAML mapping has a duplicate key")
            duplicateKeys = duplicates.sorted()
        case .reader(let problem, let offset, _, _):
            let at = offset.map(position)
            self.init(line: at?.line, column: at?.column, message: "YAML cannot be read: \(problem)")
        case .dataCouldNotBeDecoded: self.init(message: "YAML cannot be parsed: not UTF-8 text")
        case .memory: self.init(message: "YAML cannot be parsed: out of memory")
        default: self.init(message: "YAML cannot be parsed")
        }
    }
}
