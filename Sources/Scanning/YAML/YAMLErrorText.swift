import Yams

/// Messages for the Yams errors the scanners do not place themselves, without a byte of the
/// file: Yams' own descriptions print the offending line (a reader error) or the keys (a
/// duplicate), and an unquoted password there would reach every report format. libyaml's
/// `problem` strings are fixed texts ("control characters are not allowed"), safe to pass on;
/// where the error has a byte offset, it becomes the line and column.
enum YAMLErrorText {
    static func other(_ error: any Error, in text: SourceText) -> (line: Int?, column: Int?, message: String) {
        guard let e = error as? YamlError else { return (nil, nil, "YAML cannot be parsed") }
        switch e {
        case .reader(let problem, let offset, _, _):
            let at = offset.map { text.position(ofByte: $0) }
            return (at?.line, at?.column, "YAML cannot be read: \(problem)")
        case .dataCouldNotBeDecoded: return (nil, nil, "YAML cannot be parsed: not UTF-8 text")
        case .memory: return (nil, nil, "YAML cannot be parsed: out of memory")
        default: return (nil, nil, "YAML cannot be parsed")
        }
    }
}

/// Where and why a YAML file could not be read to its end: one mapping from Yams' errors for
/// every YAML reader (manifests, settings), with no byte of the file in the message.
struct YAMLFailure: Error {
    var line: Int?
    var column: Int?
    var message: String

    init(line: Int? = nil, column: Int? = nil, message: String) {
        self.line = line
        self.column = column
        self.message = message
    }

    init(_ error: any Error, in text: SourceText) {
        switch error as? YamlError {
        case let .scanner(context, problem, mark, _)?, let .parser(context, problem, mark, _)?, let .composer(context, problem, mark, _)?:
            let ctx = context.map { "\($0.text) " } ?? ""
            self.init(line: mark.line, column: mark.column, message: "YAML syntax error: \(ctx)\(problem)")
        case let .duplicatedKeysInMapping(_, context)?:
            self.init(line: context.mark.line, column: context.mark.column, message: "YAML mapping has a duplicate key")
        default:
            let other = YAMLErrorText.other(error, in: text)
            self.init(line: other.line, column: other.column, message: other.message)
        }
    }
}
