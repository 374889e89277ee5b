/// The literal endings a catalogue pattern's matches must have (`.rds.amazonaws.com`, exactly
/// `datadoghq.com`), read from the pattern itself so the catalogue can be indexed by the host's
/// last labels instead of trying every pattern on every host. Understands the subset of regular
/// expression syntax the catalogue uses (literals, `\.`, classes, groups, alternation,
/// quantifiers, lookaheads, `{region}`); anything else makes the pattern unindexed (always
/// tried), never wrongly indexed. Every ending found is a necessary condition: a name that ends
/// otherwise cannot match.
enum PatternSuffixes {
    /// One ending. `exact`: the whole match is this string (the pattern's alternative is finite),
    /// so its first label is complete; otherwise text may precede it inside the same label.
    struct Ending: Hashable {
        var text: String
        var exact: Bool
    }

    /// The endings of `pattern` (with `{region}` standing for any of `regionCodes`), or nil when
    /// the pattern uses syntax this reader does not know.
    static func endings(of pattern: String, regionCodes: [String]?) -> Set<Ending>? {
        var parser = Parser(chars: Array(pattern), regionCodes: regionCodes ?? [])
        guard let alternatives = try? parser.alternation(), parser.position == parser.chars.count else { return nil }
        var out = Set<Ending>()
        for alternative in alternatives { out.formUnion(endings(of: alternative, codes: regionCodes ?? [])) }
        return out
    }

    /// The index keys of an ending: its last two complete labels (`amazonaws.com`), else its last
    /// complete label (`com`), else nil (a pattern with such an ending must be tried on every host).
    static func key(of ending: Ending) -> String? {
        var labels = ending.text.split(separator: ".", omittingEmptySubsequences: false)
        if !ending.exact { labels.removeFirst() }
        guard let last = labels.last, !last.isEmpty else { return nil }
        if labels.count >= 2, !labels[labels.count - 2].isEmpty { return "\(labels[labels.count - 2]).\(last)" }
        return String(last)
    }

    /// Above this many strings a finite part is treated as open (its endings are still kept).
    static let cap = 512

    // MARK: - Languages

    indirect enum Node {
        case char(Character)
        /// A character class, `.`, `\d`…: many characters; treated as open.
        case open
        case region
        case group([[Node]])
        /// A lookahead or lookbehind: consumes nothing.
        case lookaround
        case repeated(Node, min: Int, max: Int?)
    }

    /// Every string the node matches, when there are at most `cap`; nil otherwise.
    static func finite(_ node: Node, codes: [String]) -> Set<String>? {
        switch node {
        case .char(let c): return [String(c)]
        case .open: return nil
        case .region: return codes.isEmpty || codes.count > cap ? nil : Set(codes)
        case .lookaround: return [""]
        case .group(let alternatives):
            var out = Set<String>()
            for alternative in alternatives {
                guard let l = finite(alternative, codes: codes) else { return nil }
                out.formUnion(l)
                if out.count > cap { return nil }
            }
            return out
        case .repeated(let inner, let min, let max):
            guard let max, max <= 8, let l = finite(inner, codes: codes) else { return nil }
            var out = Set<String>()
            var power: Set<String> = [""]
            for k in 0...max {
                if k >= min { out.formUnion(power) }
                if k == max { break }
                power = Set(power.flatMap { p in l.map { p + $0 } })
                if power.count > cap || out.count > cap { return nil }
            }
            return out
        }
    }

    static func finite(_ sequence: [Node], codes: [String]) -> Set<String>? {
        var out: Set<String> = [""]
        for node in sequence {
            guard let l = finite(node, codes: codes) else { return nil }
            out = Set(out.flatMap { o in l.map { o + $0 } })
            if out.count > cap { return nil }
        }
        return out
    }

    /// Strings every match of the node ends with (`""`: nothing known).
    static func tails(_ node: Node, codes: [String]) -> Set<String> {
        switch node {
        case .group(let alternatives):
            return Set(alternatives.flatMap { endings(of: $0, codes: codes).map(\.text) })
        case .repeated(let inner, let min, _) where min >= 1:
            return tails(inner, codes: codes)
        default:
            return finite(node, codes: codes) ?? [""]
        }
    }

    /// The endings of one alternative: finite parts from the end are spelled out; an optional
    /// part is read both ways (absent, or present at least once); the first open part contributes
    /// its own tails and ends the reading.
    static func endings(of sequence: [Node], codes: [String]) -> Set<Ending> {
        var splits = 0
        return endings(sequence[...], known: [""], codes: codes, splits: &splits)
    }

    /// Optional parts read both ways at most this often per pattern; past it they are open.
    static let maxSplits = 16

    private static func endings(
        _ sequence: ArraySlice<Node>, known: Set<String>, codes: [String], splits: inout Int
    ) -> Set<Ending> {
        guard let node = sequence.last else { return Set(known.map { Ending(text: $0, exact: true) }) }
        let rest = sequence.dropLast()
        if let l = finite(node, codes: codes), l.count * known.count <= cap {
            return endings(rest, known: Set(l.flatMap { x in known.map { x + $0 } }), codes: codes, splits: &splits)
        }
        if case .repeated(let inner, 0, let max) = node, max != 0, splits < maxSplits {
            splits += 1
            let present = rest + [.repeated(inner, min: 1, max: max)]
            return endings(rest, known: known, codes: codes, splits: &splits)
                .union(endings(present, known: known, codes: codes, splits: &splits))
        }
        let t = tails(node, codes: codes)
        let joined = t.count * known.count <= cap ? Set(t.flatMap { x in known.map { x + $0 } }) : known
        return Set(joined.map { Ending(text: $0, exact: false) })
    }

    // MARK: - Parsing

    struct Unsupported: Error {}

    struct Parser {
        let chars: [Character]
        let regionCodes: [String]
        var position = 0

        init(chars: [Character], regionCodes: [String]) {
            self.chars = chars
            self.regionCodes = regionCodes
        }

        private var next: Character? { position < chars.count ? chars[position] : nil }
        private func starts(with s: String) -> Bool {
            let a = Array(s)
            return position + a.count <= chars.count && Array(chars[position..<(position + a.count)]) == a
        }

        mutating func alternation() throws -> [[Node]] {
            var alternatives: [[Node]] = [try sequence()]
            while next == "|" {
                position += 1
                alternatives.append(try sequence())
            }
            return alternatives
        }

        mutating func sequence() throws -> [Node] {
            var nodes: [Node] = []
            while let c = next, c != "|", c != ")" {
                var atom = try self.atom()
                if let (min, max) = try quantifier() {
                    if case .lookaround = atom { throw Unsupported() }
                    atom = .repeated(atom, min: min, max: max)
                }
                nodes.append(atom)
            }
            return nodes
        }

        private mutating func atom() throws -> Node {
            if starts(with: "{region}") {
                position += 8
                return .region
            }
            let c = chars[position]
            position += 1
            switch c {
            case "\\":
                guard let e = next else { throw Unsupported() }
                position += 1
                if "dwsDWS".contains(e) { return .open }
                // Only escaped punctuation is a plain character; \b, \1, \p{…} and the like are not read.
                guard e.isASCII, e.isPunctuation || e.isSymbol else { throw Unsupported() }
                return .char(e)
            case "[":
                // A class: skip to its closing bracket (a `]` first, or escaped, is a member).
                if next == "^" { position += 1 }
                if next == "]" { position += 1 }
                while let d = next, d != "]" { position += d == "\\" ? 2 : 1 }
                guard next == "]" else { throw Unsupported() }
                position += 1
                return .open
            case ".": return .open
            case "(":
                var look = false
                if starts(with: "?:") {
                    position += 2
                } else if starts(with: "?=") || starts(with: "?!") || starts(with: "?<=") || starts(with: "?<!") {
                    look = true
                    position += starts(with: "?<") ? 3 : 2
                } else if starts(with: "?<") {
                    guard let close = chars[position...].firstIndex(of: ">") else { throw Unsupported() }
                    position = close + 1
                } else if next == "?" {
                    throw Unsupported()  // flags, atomic groups, comments
                }
                let inner = try alternation()
                guard next == ")" else { throw Unsupported() }
                position += 1
                return look ? .lookaround : .group(inner)
            case "^", "$", "{", "}", "?", "*", "+", ")", "]", "|": throw Unsupported()
            default: return .char(c)
            }
        }

        /// `?`, `*`, `+`, `{n}`, `{n,}`, `{n,m}`, each possibly lazy or possessive.
        private mutating func quantifier() throws -> (Int, Int?)? {
            guard let c = next, !starts(with: "{region}") else { return nil }
            var bounds: (Int, Int?)
            switch c {
            case "?":
                bounds = (0, 1)
                position += 1
            case "*":
                bounds = (0, nil)
                position += 1
            case "+":
                bounds = (1, nil)
                position += 1
            case "{":
                guard let close = chars[position...].firstIndex(of: "}") else { throw Unsupported() }
                let body = String(chars[(position + 1)..<close])
                let parts = body.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
                guard (1...2).contains(parts.count), let min = Int(parts[0]) else { throw Unsupported() }
                if parts.count == 1 {
                    bounds = (min, min)
                } else if parts[1].isEmpty {
                    bounds = (min, nil)
                } else {
                    guard let max = Int(parts[1]), max >= min else { throw Unsupported() }
                    bounds = (min, max)
                }
                position = close + 1
            default: return nil
            }
            if next == "?" || next == "+" { position += 1 }
            return bounds
        }
    }
}
