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
