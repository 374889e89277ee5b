import ResidencyCore

/// Renders the value references of a Helm template from the chart's values, the rest left for
/// `HelmTemplate.neutralize`. Understood: `.Values.a.b`, `$.Values.a.b`, `.b` inside
/// `{{ with .Values.a }}`, the functions `default "x"`, `required "msg"`, `quote`, `squote`,
/// `toString` and `trim`, as commands or in pipelines. Anything else (`include`, `tpl`, a
/// variable, a value the chart leaves unset) stays an action, read as today. Conditions are not
/// evaluated: an auditor reads what every branch could deploy.
struct HelmRender {
    /// One action replaced by a value: where it was, where its text now is, and where the
    /// value is written. Columns count Unicode scalars, as `SourceText.position` does.
    struct Substitution: Sendable {
        var line: Int
        var templateColumn: Int
        /// Rendered columns: the value's text starts at `valueColumn` (after an added quote) and
        /// the replacement ends before `renderedEnd`; `delta` is how much longer it is than the action.
        var renderedStart: Int
        var valueColumn: Int
        var renderedEnd: Int
        var delta: Int
        var valuesPlace: SourceLocation
        var verbatim: Bool
    }

    let values: HelmValues

    /// What `.` is inside each open block: a values path, unchanged (`if`), or unknown (`range`, `define`).
    enum Dot {
        case values(String)
        case same, unknown
    }

    /// The template with every understood action replaced, and what was replaced.
    func render(_ original: [UInt8]) -> (bytes: [UInt8], substitutions: [Substitution]) {
        let text = SourceText(bytes: original)
        var out: [UInt8] = []
        out.reserveCapacity(original.count)
        var subs: [Substitution] = []
        var copied = 0
        var lineDelta = (line: 0, delta: 0)
        var stack: [Dot] = []
        for a in HelmTemplate.actions(original) {
            let inner = Self.body(original[a.innerStart..<a.innerEnd])
            switch a.keyword {
            case "if", "block":
                stack.append(.same)
                continue
            case "range", "define":
                stack.append(.unknown)
                continue
            case "with":
                let target = String(inner.dropFirst(4)).trimmingWhitespace()
                stack.append(resolvePath(target, dot: Self.dot(stack)).map { .values($0) } ?? .unknown)
                continue
            case "end":
                _ = stack.popLast()
                continue
            default: break
            }
            guard !a.standalone, let (value, key, quoted) = evaluate(inner, dot: Self.dot(stack)),
                let entry = values.entries[key], !value.contains("\n"),
                quoted != nil || Self.plainSafe(value) || Self.insideQuotes(original, a.start)
            else { continue }
            let pos = text.position(ofByte: a.start)
            if lineDelta.line != pos.line { lineDelta = (pos.line, 0) }
            let rendered = quoted.map { Array("\($0)\(value)\($0)".utf8) } ?? Array(value.utf8)
            let actionWidth = Self.scalars(original[a.start..<a.end])
            let width = Self.scalars(rendered[...])
            let start = pos.column + lineDelta.delta
            subs.append(
                Substitution(
                    line: pos.line, templateColumn: pos.column, renderedStart: start,
                    valueColumn: start + (quoted == nil ? 0 : 1),
                    renderedEnd: start + width, delta: width - actionWidth,
                    valuesPlace: values.place(of: entry), verbatim: isVerbatim(entry, value)))
            lineDelta.delta += width - actionWidth
            out += original[copied..<a.start]
            out += rendered
            copied = a.end
        }
        out += original[copied...]
        return (out, subs)
    }

    private func isVerbatim(_ entry: HelmValues.Entry, _ value: String) -> Bool {
        if case .verbatim = entry.origin { return entry.value == value }
        return false
    }

    private static func dot(_ stack: [Dot]) -> Dot? {
        for d in stack.reversed() {
            switch d {
            case .same: continue
            default: return d
            }
        }
        return nil
    }

    /// An action's text without its delimiters' trim markers and surrounding blanks.
    static func body(_ b: ArraySlice<UInt8>) -> String {
        var s = Substring(String(decoding: b, as: UTF8.self))
        if s.hasPrefix("-") { s = s.dropFirst() }
        if s.hasSuffix("-") { s = s.dropLast() }
        return String(s).trimmingWhitespace()
    }

    /// A value path as written (`.Values.db.host`, `$.Values.db`, `.host` under a `with`) → `db.host`.
    private func resolvePath(_ word: String, dot: Dot?) -> String? {
        for prefix in ["$.Values.", ".Values."] where word.hasPrefix(prefix) {
            let path = String(word.dropFirst(prefix.count))
            if case .values? = dot, prefix == ".Values." { return nil }  // `.` is no longer the root
            return Self.isPath(path) ? path : nil
        }
        guard case .values(let base)? = dot else { return nil }
        if word == "." { return base }
        guard word.hasPrefix("."), Self.isPath(String(word.dropFirst())) else { return nil }
        return base + word
    }

    private static func isPath(_ s: String) -> Bool {
        !s.isEmpty
            && s.split(separator: ".", omittingEmptySubsequences: false).allSatisfy { part in
                !part.isEmpty && part.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" }
            }
    }

    /// The value an action renders to, the key it comes from, and the quote added around it;
    /// nil for anything not understood or a value the chart does not set.
    private func evaluate(_ body: String, dot: Dot?) -> (String, String, Character?)? {
        guard let stages = Self.pipeline(body), !stages.isEmpty else { return nil }
        var key: String?
        var quote: Character?
        for (n, stage) in stages.enumerated() {
            guard let name = stage.first else { return nil }
            let args = Array(stage.dropFirst())
            let piped = n > 0
            switch name {
            case "quote", "squote", "toString", "trim":
                if name == "quote" { quote = "\"" } else if name == "squote" { quote = "'" }
                guard args.count == (piped ? 0 : 1) else { return nil }
                if !piped { key = resolvePath(args[0], dot: dot) }
            case "default", "required":
                // `default "x" .Values.a` / `.Values.a | default "x"`: the value when the chart sets it.
                guard args.count == (piped ? 1 : 2), args[0].hasPrefix("\"") else { return nil }
                if !piped { key = resolvePath(args[1], dot: dot) }
            default:
                guard !piped, args.isEmpty, let path = resolvePath(name, dot: dot) else { return nil }
                key = path
            }
            if key == nil { return nil }
        }
        guard let key, let entry = values.entries[key] else { return nil }
        var value = entry.value
        if stages.contains(where: { $0.first == "trim" }) { value = value.trimmingWhitespace() }
        if quote != nil, value.contains(quote!) || value.contains("\\") { return nil }
        return (value, key, quote)
    }

    /// `a "b c" | d` → [["a", "\"b c\""], ["d"]]; nil for parentheses, variables and assignments.
    private static func pipeline(_ body: String) -> [[String]]? {
        var stages: [[String]] = [[]]
        var word = ""
        var inQuote = false
        for ch in body {
            if inQuote {
                word.append(ch)
                if ch == "\"" { inQuote = false }
                continue
            }
            switch ch {
            case "\"":
                inQuote = true
                word.append(ch)
            case " ", "\t":
                if !word.isEmpty {
                    stages[stages.count - 1].append(word)
                    word = ""
                }
            case "|":
                if !word.isEmpty {
                    stages[stages.count - 1].append(word)
                    word = ""
                }
                stages.append([])
            case "(", ")", "=", "`": return nil
            default: word.append(ch)
            }
        }
        if inQuote { return nil }
        if !word.isEmpty { stages[stages.count - 1].append(word) }
        return stages.contains(where: \.isEmpty) ? nil : stages
    }

    /// Whether a value can stand unquoted in YAML as the scalar it is (`owner: platform` cannot).
    static func plainSafe(_ v: String) -> Bool {
        guard let first = v.first, !"[]{}&*!|>'\"%@`#,".contains(first), !v.hasSuffix(":") else { return v.isEmpty }
        return !v.contains(": ") && !v.contains(" #")
    }

    /// Whether a byte offset lies inside a double-quoted string begun earlier on its line.
    static func insideQuotes(_ b: [UInt8], _ at: Int) -> Bool {
        var i = at
        var quotes = 0
        while i > 0, b[i - 1] != 0x0A {
            i -= 1
            if b[i] == 0x22 { quotes += 1 }
        }
        return quotes % 2 == 1
    }

    private static func scalars(_ b: ArraySlice<UInt8>) -> Int { b.reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) } }
}
