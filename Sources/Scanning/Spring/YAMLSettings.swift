import ResidencyCore
import Yams

/// Flattens YAML documents into Spring-style dotted settings (`spring.datasource.url`,
/// `spring.kafka.bootstrap-servers[0]`), each with the file offset of its scalar taken from the
/// parser's marks, so hosts get exact lines and columns whatever the nesting or quoting.
enum YAMLSettings {
    struct Setting {
        var key: String
        var value: String
        var origin: ValueOrigin
    }

    struct Document {
        var settings: [Setting]
    }

    struct Failure: Error {
        var line: Int?
        var column: Int?
        var message: String
    }

    /// Every document of the file, in order. A syntax error ends the reading: the documents
    /// before it are returned with the failure.
    static func read(_ text: SourceText) -> (documents: [Document], failure: Failure?) {
        var docs: [Document] = []
        do {
            let parser = try Parser(yaml: text.string)
            while let root = try parser.nextRoot() {
                var settings: [Setting] = []
                flatten(root, prefix: "", text: text, into: &settings, depth: 0)
                docs.append(Document(settings: settings))
            }
            return (docs, nil)
        } catch let error as YamlError {
            return (docs, failure(error))
        } catch {
            return (docs, Failure(line: nil, column: nil, message: "YAML cannot be parsed: \(error)"))
        }
    }

    private static func failure(_ error: YamlError) -> Failure {
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _), let .composer(context, problem, mark, _):
            let ctx = context.map { "\($0.text) " } ?? ""
            return Failure(line: mark.line, column: mark.column, message: "YAML syntax error: \(ctx)\(problem)")
        case let .duplicatedKeysInMapping(duplicates, context):
            return Failure(line: context.mark.line, column: context.mark.column,
                           message: "YAML mapping has duplicate keys: \(duplicates.joined(separator: ", "))")
        default:
            return Failure(line: nil, column: nil, message: "YAML cannot be parsed: \(error)")
        }
    }

    /// Nesting this deep is no configuration; it stops a hostile file from exhausting the stack.
    private static let maxDepth = 64

    private static func flatten(_ node: Node, prefix: String, text: SourceText, into out: inout [Setting], depth: Int) {
        guard depth < maxDepth else { return }
        switch node {
        case .scalar(let s):
            guard !prefix.isEmpty, !s.string.isEmpty else { return }
            out.append(Setting(key: prefix, value: s.string, origin: origin(of: s, in: text)))
        case .mapping(let m):
            for (k, v) in m {
                guard let name = k.scalar?.string, !name.isEmpty else { continue }
                // Spring's `[a.b]` bracket notation keeps dots inside a key; the brackets are not part of it.
                flatten(v, prefix: prefix.isEmpty ? name : prefix + "." + name, text: text, into: &out, depth: depth + 1)
            }
        case .sequence(let seq):
            for (i, v) in seq.enumerated() {
                flatten(v, prefix: "\(prefix)[\(i)]", text: text, into: &out, depth: depth + 1)
            }
        case .alias:
            return
        }
    }

    /// Plain and simply quoted scalars stand in the file byte for byte; folded, literal and
    /// escaped ones are looked for from their mark.
    static func origin(of s: Node.Scalar, in text: SourceText) -> ValueOrigin {
        guard let mark = s.mark else { return .search(fromByte: 0) }
        var at = text.byteOffset(line: mark.line, column: mark.column)
        if s.style == .singleQuoted || s.style == .doubleQuoted { at += 1 }
        let value = Array(s.string.utf8)
        if s.style == .plain || s.style == .singleQuoted || s.style == .doubleQuoted || s.style == .any,
           at + value.count <= text.bytes.count, text.bytes[at..<(at + value.count)].elementsEqual(value) {
            return .verbatim(byteOffset: at)
        }
        return .search(fromByte: at)
    }
}
