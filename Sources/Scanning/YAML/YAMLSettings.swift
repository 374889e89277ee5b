import ConfigFiles
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

    typealias Failure = YAMLFailure

    /// Every document of the file, in order. A syntax error ends the reading: the documents
    /// before it are returned with the failure.
    static func read(_ text: SourceText) -> (documents: [Document], failure: Failure?) {
        var docs: [Document] = []
        do {
            // The encoding is given: Yams' default reads the whole process environment on every parse.
            let parser = try Parser(yaml: text.string, encoding: .utf8)
            while let root = try parser.nextRoot() {
                var walk = Walk(text: text)
                walk.flatten(root, prefix: "", depth: 0)
                docs.append(Document(settings: walk.settings))
                if walk.truncated {
                    return (
                        docs,
                        Failure(
                            line: nil, column: nil,
                            message:
                                "YAML expands to more than \(Walk.maxNodes) nodes (alias bomb?); the rest is not read")
                    )
                }
            }
            return (docs, nil)
        } catch {
            return (docs, Failure(error, in: text))
        }
    }

    /// One document's flattening. An alias is composed as the very node it names, so a file of
    /// nested aliases (a "billion laughs" bomb) is a small graph that expands exponentially: a
    /// collection already flattened (same mark) is not walked again, and a node budget stops the rest.
    private struct Walk {
        static let maxNodes = 200_000
        /// Nesting this deep is no configuration; it stops a hostile file from exhausting the stack.
        static let maxDepth = 64

        let text: SourceText
        var settings: [Setting] = []
        var visited = Set<Int>()
        var nodes = 0
        var truncated = false

        init(text: SourceText) { self.text = text }

        mutating func flatten(_ node: Node, prefix: String, depth: Int) {
            guard depth < Self.maxDepth, !truncated else { return }
            nodes += 1
            if nodes > Self.maxNodes {
                truncated = true
                return
            }
            switch node {
            case .scalar(let s):
                guard !prefix.isEmpty, !s.string.isEmpty else { return }
                settings.append(Setting(key: prefix, value: s.string, origin: YAMLSettings.origin(of: s, in: text)))
            case .mapping(let m):
                if let mark = m.mark, !visited.insert(mark.line << 20 | mark.column).inserted { return }
                // `{name: bootstrap.servers, value: kafka:9092}`: a list of name/value pairs says
                // what each value is by its name, as a key would.
                if m.count == 2, let name = m["name"]?.scalar?.string, !name.isEmpty,
                    case .scalar(let value)? = m["value"], !value.string.isEmpty
                {
                    settings.append(
                        Setting(key: name, value: value.string, origin: YAMLSettings.origin(of: value, in: text)))
                    return
                }
                for (k, v) in m {
                    guard let name = k.scalar?.string, !name.isEmpty else { continue }
                    flatten(v, prefix: prefix.isEmpty ? name : prefix + "." + name, depth: depth + 1)
                }
            case .sequence(let seq):
                if let mark = seq.mark, !visited.insert(mark.line << 20 | mark.column).inserted { return }
                for (i, v) in seq.enumerated() {
                    flatten(v, prefix: "\(prefix)[\(i)]", depth: depth + 1)
                }
            case .alias:
                return
            }
        }
    }

    /// Plain and simply quoted scalars stand in the file byte for byte; folded, literal and
    /// escaped ones are looked for from their mark.
    static func origin(of s: Node.Scalar, in text: SourceText) -> ValueOrigin {
        guard let mark = s.mark else { return .search(fromByte: 0) }
        return origin(
            of: s.string, line: mark.line, column: mark.column,
            quoted: s.style == .singleQuoted || s.style == .doubleQuoted,
            inline: s.style == .plain || s.style == .singleQuoted || s.style == .doubleQuoted || s.style == .any,
            in: text)
    }

    /// As above, from a scalar's parts: `quoted`, its mark is the opening quote; `inline`, a style
    /// whose text may stand in the file as written (plain, quoted).
    static func origin(
        of string: String, line: Int, column: Int, quoted: Bool, inline: Bool, in text: SourceText
    ) -> ValueOrigin {
        var at = text.byteOffset(line: line, column: column)
        if quoted { at += 1 }
        let value = string.utf8
        if inline, at + value.count <= text.bytes.count, text.bytes[at..<(at + value.count)].elementsEqual(value) {
            return .verbatim(byteOffset: at)
        }
        return .search(fromByte: at)
    }
}
