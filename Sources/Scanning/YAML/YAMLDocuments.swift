import ConfigFiles
import ResidencyCore
import Yams

/// Parses a YAML file into `YAMLNode`s, which keep the parser's marks (line and column of every
/// node), so the manifest scanners can point at the exact place a value is written.
enum YAMLDocuments {
    typealias Failure = YAMLFailure

    /// Every document of the file, in order. A syntax error ends the reading: the documents
    /// before it are returned with the failure.
    static func read(_ text: SourceText) -> (documents: [YAMLNode], failure: Failure?) {
        var docs: [YAMLNode] = []
        let failure = each(text) { docs.append($0) }
        return (docs, failure)
    }

    /// Every document of the file, in order, handed to `body` one at a time and then let go: a
    /// file of many documents (a 100 MB manifest dump) is held one node tree at a time, not all.
    /// A syntax error ends the reading and is returned.
    ///
    /// `YAMLComposer` reads the file; where it stops short (an error, a case it leaves to Yams),
    /// Yams reads the file again, skipping the documents already handed over, and says how the
    /// rest reads or why it fails: one outcome, Yams', whichever reader got there.
    static func each(_ text: SourceText, _ body: (YAMLNode) -> Void) -> Failure? {
        let (handed, complete) = YAMLComposer.each(text.bytes, body)
        if complete { return nil }
        do {
            // No tag resolution: every scalar stays a string (regex-based resolution of ints, floats,
            // booleans and timestamps was most of the parse time, and nothing here needs it). The
            // encoding is given: Yams' default reads the whole process environment on every parse.
            let parser = try Parser(yaml: text.string, resolver: .basic, encoding: .utf8)
            var skip = handed
            while let root = try parser.nextRoot() {
                if skip > 0 {
                    skip -= 1
                    continue
                }
                var converted: [Int: YAMLNode] = [:]
                body(YAMLNode(root, converted: &converted))
            }
            return nil
        } catch {
            return Failure(error, in: text)
        }
    }
}

extension YAMLNode {
    /// A Yams node as a `YAMLNode`. A collection met again (an alias is composed by Yams as a copy
    /// of the node it names, same mark) is converted once and shared, so an alias bomb stays small.
    convenience init(_ node: Node, converted: inout [Int: YAMLNode]) {
        let at = Mark(line: node.mark?.line ?? 1, column: node.mark?.column ?? 1)
        switch node {
        case .scalar(let s):
            self.init(.scalar(s.string, Style(rawValue: UInt8(s.style.rawValue)) ?? .any), mark: at)
        case .mapping(let m):
            var pairs: [Pair] = []
            for (k, v) in m {
                pairs.append(
                    Pair(
                        key: k.scalar?.string, keyNode: YAMLNode.shared(k, &converted),
                        value: YAMLNode.shared(v, &converted)))
            }
            self.init(pairs: pairs, mark: at)
        case .sequence(let s):
            self.init(.sequence(s.map { YAMLNode.shared($0, &converted) }), mark: at)
        case .alias:
            self.init(.scalar("", .any), mark: at)
        }
    }

    private static func shared(_ node: Node, _ converted: inout [Int: YAMLNode]) -> YAMLNode {
        let kind: Int
        switch node {
        case .mapping: kind = 1
        case .sequence: kind = 2
        default: return YAMLNode(node, converted: &converted)
        }
        let key = ((node.mark?.line ?? 0) << 24 | (node.mark?.column ?? 0)) << 2 | kind
        if let done = converted[key] { return done }
        let made = YAMLNode(node, converted: &converted)
        converted[key] = made
        return made
    }
}

/// Small, total accessors: a missing key or a node of the wrong shape is nil or empty, never a
/// crash. Merge keys (`<<: *defaults`) are expanded, as compose files use them.
extension YAMLNode {
    /// The scalar's text, nil for collections.
    var text: String? {
        if case .scalar(let s, _) = content { return s }
        return nil
    }

    /// A mapping's pairs with string keys, merged mappings first, each key once (the last wins).
    var pairs: [(key: String, keyNode: YAMLNode, value: YAMLNode)] { pairs(depth: 0) }

    private func pairs(depth: Int) -> [(key: String, keyNode: YAMLNode, value: YAMLNode)] {
        guard case .mapping(let m, let merges, let distinctKeys) = content, depth < 8 else { return [] }
        if !merges && distinctKeys {
            // Hot path: nothing to merge or replace, no index to build.
            return m.compactMap { p in p.key.map { ($0, p.keyNode, p.value) } }
        }
        var out: [(key: String, keyNode: YAMLNode, value: YAMLNode)] = []
        var index: [String: Int] = [:]
        func add(_ k: String, _ kn: YAMLNode, _ v: YAMLNode) {
            if let i = index[k] {
                out[i] = (k, kn, v)
            } else {
                index[k] = out.count
                out.append((k, kn, v))
            }
        }
        for p in m where p.key == "<<" {
            switch p.value.content {
            case .mapping:
                for q in p.value.pairs(depth: depth + 1) where index[q.key] == nil { add(q.key, q.keyNode, q.value) }
            case .sequence(let s):
                for item in s {
                    for q in item.pairs(depth: depth + 1) where index[q.key] == nil { add(q.key, q.keyNode, q.value) }
                }
            default: break
            }
        }
        for p in m {
            guard let name = p.key, name != "<<" else { continue }
            add(name, p.keyNode, p.value)
        }
        return out
    }

    /// The value under a key of a mapping (merge keys included).
    func at(_ key: String) -> YAMLNode? {
        guard case .mapping(let m, let merges, _) = content else { return nil }
        // Hot path: no allocation; the last occurrence wins, merged mappings only when present.
        var found: YAMLNode?
        for p in m where p.key == key { found = p.value }
        if found != nil || !merges { return found }
        return pairs.last { $0.key == key }?.value
    }

    /// The value at a path of keys.
    func at(_ path: String...) -> YAMLNode? {
        var n: YAMLNode? = self
        for k in path { n = n?.at(k) }
        return n
    }

    /// A sequence's items; empty for anything else.
    var items: [YAMLNode] {
        guard case .sequence(let s) = content else { return [] }
        return s
    }

    /// 1-based line and column of the node's first character (inside the quote for quoted scalars).
    func position() -> (line: Int, column: Int) {
        if style == .singleQuoted || style == .doubleQuoted { return (mark.line, mark.column + 1) }
        return (mark.line, mark.column)
    }

    /// Where the scalar's value stands in the file, for the value scanner.
    func origin(in text: SourceText) -> ValueOrigin {
        guard case .scalar(let s, let style) = content else { return .search(fromByte: 0) }
        return YAMLSettings.origin(
            of: s, line: mark.line, column: mark.column, quoted: style == .singleQuoted || style == .doubleQuoted,
            inline: style == .plain || style == .singleQuoted || style == .doubleQuoted || style == .any, in: text)
    }
}
