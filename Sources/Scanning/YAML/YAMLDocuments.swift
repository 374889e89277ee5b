import ConfigFiles
import ResidencyCore
import Yams

/// Parses a YAML file into Yams nodes, which keep the parser's marks (line and column of every
/// scalar), so the manifest scanners can point at the exact place a value is written.
enum YAMLDocuments {
    typealias Failure = YAMLFailure

    /// Every document of the file, in order. A syntax error ends the reading: the documents
    /// before it are returned with the failure.
    static func read(_ text: SourceText) -> (documents: [Node], failure: Failure?) {
        var docs: [Node] = []
        let failure = each(text) { docs.append($0) }
        return (docs, failure)
    }

    /// Every document of the file, in order, handed to `body` one at a time and then let go: a
    /// file of many documents (a 100 MB manifest dump) is held one node tree at a time, not all.
    /// A syntax error ends the reading and is returned.
    static func each(_ text: SourceText, _ body: (Node) -> Void) -> Failure? {
        do {
            // No tag resolution: every scalar stays a string (regex-based resolution of ints, floats,
            // booleans and timestamps was most of the parse time, and nothing here needs it). The
            // encoding is given: Yams' default reads the whole process environment on every parse.
            let parser = try Parser(yaml: text.string, resolver: .basic, encoding: .utf8)
            while let root = try parser.nextRoot() { body(root) }
            return nil
        } catch {
            return Failure(error, in: text)
        }
    }

}

/// Small, total accessors over Yams nodes: a missing key or a node of the wrong shape is nil or
/// empty, never a crash. Merge keys (`<<: *defaults`) are expanded, as compose files use them.
extension Node {
    /// The scalar's text, nil for collections.
    var text: String? { scalar?.string }

    /// A mapping's pairs with string keys, merged mappings first, each key once (the last wins).
    var pairs: [(key: String, keyNode: Node, value: Node)] { pairs(depth: 0) }

    private func pairs(depth: Int) -> [(key: String, keyNode: Node, value: Node)] {
        guard case .mapping(let m) = self, depth < 8 else { return [] }
        var out: [(key: String, keyNode: Node, value: Node)] = []
        var index: [String: Int] = [:]
        func add(_ k: String, _ kn: Node, _ v: Node) {
            if let i = index[k] {
                out[i] = (k, kn, v)
            } else {
                index[k] = out.count
                out.append((k, kn, v))
            }
        }
        for (k, v) in m where k.text == "<<" {
            switch v {
            case .mapping:
                for p in v.pairs(depth: depth + 1) where index[p.key] == nil { add(p.key, p.keyNode, p.value) }
            case .sequence(let s):
                for item in s {
                    for p in item.pairs(depth: depth + 1) where index[p.key] == nil { add(p.key, p.keyNode, p.value) }
                }
            default: break
            }
        }
        for (k, v) in m {
            guard let name = k.text, name != "<<" else { continue }
            add(name, k, v)
        }
        return out
    }

    /// The value under a key of a mapping (merge keys included).
    func at(_ key: String) -> Node? {
        guard case .mapping(let m) = self else { return nil }
        // Hot path: no allocation; the last occurrence wins, merged mappings only when present.
        var found: Node?
        var merges = false
        for (k, v) in m {
            guard case .scalar(let s) = k else { continue }
            if s.string == key { found = v } else if s.string == "<<" { merges = true }
        }
        if found != nil || !merges { return found }
        return pairs.last { $0.key == key }?.value
    }

    /// The value at a path of keys.
    func at(_ path: String...) -> Node? {
        var n: Node? = self
        for k in path { n = n?.at(k) }
        return n
    }

    /// A sequence's items; empty for anything else.
    var items: [Node] {
        guard case .sequence(let s) = self else { return [] }
        return Array(s)
    }

    /// 1-based line and column of the node's first character (inside the quote for quoted scalars).
    func position() -> (line: Int, column: Int) {
        guard let mark else { return (1, 1) }
        if let s = scalar, s.style == .singleQuoted || s.style == .doubleQuoted { return (mark.line, mark.column + 1) }
        return (mark.line, mark.column)
    }

    /// Where the scalar's value stands in the file, for the value scanner.
    func origin(in text: SourceText) -> ValueOrigin {
        guard let s = scalar else { return .search(fromByte: 0) }
        return YAMLSettings.origin(of: s, in: text)
    }
}
