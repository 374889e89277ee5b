import Yams

/// Strict, line-aware reading of a YAML config file (estate file, provider catalogue, policy):
/// every unknown key, wrong shape or bad value is a `ConfigFileError` naming the file and the
/// line, never a silent default. One reader for all of them, so they fail closed alike.
public struct ConfigNode {
    public let node: Node
    public let file: String

    public init(node: Node, file: String) {
        self.node = node
        self.file = file
    }

    public var line: Int? { node.mark?.line }

    /// Parses `text`; an empty document is an empty mapping.
    public static func parse(_ text: String, file: String) throws -> ConfigNode {
        try ConfigText.check(text, file: file)
        do {
            let node = try Yams.compose(yaml: text) ?? Node.mapping(Node.Mapping([]))
            return ConfigNode(node: node, file: file)
        } catch {
            let failure = YAMLFailure(error, position: { Self.position(ofByte: $0, in: text) })
            let keys = failure.duplicateKeys.isEmpty ? "" : " (\(failure.duplicateKeys.joined(separator: ", ")))"
            throw ConfigFileError(file: file, line: failure.line, message: failure.message + keys)
        }
    }

    /// Line and column (in Unicode scalars, 1-based) of a UTF-8 byte offset in `text`.
    static func position(ofByte offset: Int, in text: String) -> (line: Int, column: Int) {
        var line = 1
        var column = 1
        for (i, byte) in text.utf8.enumerated() {
            if i >= offset { break }
            if byte == UInt8(ascii: "\n") {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
        return (line, column)
    }

    public func fail(_ message: String) -> ConfigFileError {
        ConfigFileError(file: file, line: line, message: message)
    }

    /// A mapping's entries in file order; keys must be scalars and appear once.
    public func entries(_ what: String) throws -> [(key: String, keyLine: Int?, value: ConfigNode)] {
        if case .scalar(let s) = node, s.string.isEmpty || s.string == "~" || s.string == "null" { return [] }
        guard let mapping = node.mapping else { throw fail("\(what) must be a mapping") }
        var seen = Set<String>()
        var result: [(key: String, keyLine: Int?, value: ConfigNode)] = []
        for (k, v) in mapping {
            guard let key = k.scalar?.string else {
                throw ConfigFileError(file: file, line: k.mark?.line, message: "\(what): keys must be plain strings")
            }
            guard seen.insert(key).inserted else {
                throw ConfigFileError(file: file, line: k.mark?.line, message: "\(what): duplicate key '\(key)'")
            }
            result.append((key, k.mark?.line, ConfigNode(node: v, file: file)))
        }
        return result
    }

    /// A mapping with a fixed set of keys: unknown keys and missing required ones are errors.
    /// The result hands out values only by declared name (`required("key")`, `optional("key")`).
    public func fields(_ what: String, required: Set<String>, optional: Set<String> = []) throws -> ConfigFields {
        var result: [String: ConfigNode] = [:]
        for (key, keyLine, value) in try entries(what) {
            guard required.contains(key) || optional.contains(key) else {
                let known = (required.union(optional)).sorted().joined(separator: ", ")
                throw ConfigFileError(
                    file: file, line: keyLine, message: "\(what): unknown key '\(key)' (known: \(known))")
            }
            result[key] = value
        }
        for key in required.sorted() where result[key] == nil {
            throw fail("\(what): missing required key '\(key)'")
        }
        return ConfigFields(what: what, node: self, values: result, requiredKeys: required, optionalKeys: optional)
    }

    public func string(_ what: String) throws -> String {
        guard let s = node.scalar?.string else { throw fail("\(what) must be a string") }
        return s
    }

    public func nonEmptyString(_ what: String) throws -> String {
        let s = try string(what).trimmedSpaces()
        guard !s.isEmpty else { throw fail("\(what) must not be empty") }
        return s
    }

    public func double(_ what: String) throws -> Double {
        guard let d = Double(try string(what)), d.isFinite else { throw fail("\(what) must be a number") }
        return d
    }

    /// A number within its documented `range` (README, "Numeric ranges"): NaN, infinities and
    /// values outside are errors naming the range, so nothing downstream (an `Int(Double)`, a
    /// multiplication) ever sees a value it could trap on.
    public func number(_ what: String, in range: ClosedRange<Double>) throws -> Double {
        let v = try double(what)
        guard range.contains(v) else {
            throw fail("\(what) must be between \(Self.format(range.lowerBound)) and \(Self.format(range.upperBound))")
        }
        return v
    }

    /// A whole number within its documented `range`.
    public func wholeNumber(_ what: String, in range: ClosedRange<Int>) throws -> Int {
        let v = try number(what, in: Double(range.lowerBound)...Double(range.upperBound))
        guard v == v.rounded() else { throw fail("\(what) must be a whole number") }
        return Int(v)
    }

    private static func format(_ d: Double) -> String {
        d == d.rounded() && abs(d) < 1e15 ? String(Int64(d)) : String(d)
    }

    public func bool(_ what: String) throws -> Bool {
        switch try string(what) {
        case "true": return true
        case "false": return false
        default: throw fail("\(what) must be true or false")
        }
    }

    public func sequence(_ what: String) throws -> [ConfigNode] {
        guard let seq = node.sequence else { throw fail("\(what) must be a list") }
        return seq.map { ConfigNode(node: $0, file: file) }
    }

    /// `version:` must be 1 when present (absent means 1: the CONTRACT's example has none).
    public static func checkVersion(_ node: ConfigNode?, what: String) throws {
        guard let node else { return }
        guard try node.string("version") == "1" else {
            throw node.fail(
                "\(what): unsupported version '\(try node.string("version"))' (this residency reads version 1)")
        }
    }
}

extension String {
    /// Without leading and trailing spaces and tabs.
    public func trimmedSpaces() -> String {
        // Most strings have nothing to trim: told by their first and last bytes (a Character that
        // is a space or a tab is that one byte), without a copy or a Character comparison.
        let isBlank = { (b: UInt8?) in b == 0x20 || b == 0x09 }
        if !isBlank(utf8.first) && !isBlank(utf8.last) { return self }
        var s = Substring(self)
        while s.first == " " || s.first == "\t" { s = s.dropFirst() }
        while s.last == " " || s.last == "\t" { s = s.dropLast() }
        return String(s)
    }
}
