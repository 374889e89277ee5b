/// One node of a YAML document as the manifest scanners read it: a scalar's text and style, a
/// mapping's pairs, a sequence's items, each with the 1-based line and column where it starts.
/// A class, so an alias is the very node it names (a shared subtree, never a copy) and handing a
/// node around costs one reference count, where a Yams `Node` copies strings, tags and anchors.
final class YAMLNode: Sendable {
    /// libyaml's scalar styles, same raw values (`yaml_scalar_style_t`).
    enum Style: UInt8, Sendable {
        case any, plain, singleQuoted, doubleQuoted, literal, folded
    }

    /// Where a node starts, 1-based, columns in Unicode scalars (libyaml's marks).
    struct Mark: Sendable {
        let line: Int
        let column: Int
    }

    /// One pair of a mapping; `key` is the key's text, nil for a collection used as a key.
    struct Pair: Sendable {
        let key: String?
        let keyNode: YAMLNode
        let value: YAMLNode
    }

    enum Content: Sendable {
        case scalar(String, Style)
        /// `merges`: some key is `<<`; `distinctKeys`: no key text is written twice.
        case mapping([Pair], merges: Bool, distinctKeys: Bool)
        case sequence([YAMLNode])
    }

    let content: Content
    let mark: Mark

    init(_ content: Content, mark: Mark) {
        self.content = content
        self.mark = mark
    }

    /// A mapping of these pairs, its key facts worked out.
    convenience init(pairs: [Pair], mark: Mark) {
        var merges = false
        for p in pairs where p.key == "<<" { merges = true }
        self.init(.mapping(pairs, merges: merges, distinctKeys: Self.distinct(pairs)), mark: mark)
    }

    /// Whether no key text repeats: a short mapping is compared pair by pair, a long one hashed.
    static func distinct(_ pairs: [Pair]) -> Bool {
        if pairs.count <= 16 {
            for i in pairs.indices {
                guard let k = pairs[i].key else { continue }
                for j in pairs.indices where j > i && pairs[j].key == k { return false }
            }
            return true
        }
        var seen = Set<String>(minimumCapacity: pairs.count)
        for p in pairs { if let k = p.key, !seen.insert(k).inserted { return false } }
        return true
    }

    /// The scalar's style, nil for collections.
    var style: Style? {
        if case .scalar(_, let s) = content { return s }
        return nil
    }
}
