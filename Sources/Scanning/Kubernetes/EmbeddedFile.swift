import ResidencyCore

/// A file carried inside a YAML value (a ConfigMap key `application.properties: |`): its settings,
/// each placed at its exact line and column in the manifest. A literal block scalar keeps the
/// embedded lines intact, one manifest line each, so an offset inside the value maps back to the
/// manifest; other styles fall back to a search from the value's start, base64 to a fixed place.
struct EmbeddedFile {
    let content: String
    let locate: (Int) -> ValueOrigin

    /// Whether a ConfigMap or Secret key names a file whose settings we read.
    static func isConfigFileKey(_ key: String) -> Bool {
        let k = key.lowercased()
        return [".properties", ".yaml", ".yml", ".env", ".conf", ".cfg", ".ini", ".toml"].contains { k.hasSuffix($0) }
            || k == ".env"
    }

    /// An embedded file written as a YAML scalar in `text`.
    init(scalar node: YAMLNode, in text: SourceText) {
        let content = node.text ?? ""
        self.content = content
        let fallback = node.origin(in: text)
        let start: Int
        switch fallback {
        case .verbatim(let o): start = o
        case .search(let o): start = o
        case .fixed: start = 0
        }
        let mark = node.mark
        guard node.style == .literal else {
            if case .verbatim(let o) = fallback {
                locate = { .verbatim(byteOffset: o + $0) }
            } else {
                locate = { _ in .search(fromByte: start) }
            }
            return
        }
        // Embedded line i is manifest line mark.line + 1 + i, indented; its bytes end the line.
        let lines = Self.lineStarts(Array(content.utf8))
        let bytes = Array(content.utf8)
        locate = { offset in
            var i = 0
            while i + 1 < lines.count, lines[i + 1] <= offset { i += 1 }
            let lineEnd = i + 1 < lines.count ? lines[i + 1] - 1 : bytes.count
            let content = bytes[lines[i]..<max(lines[i], lineEnd)]
            let fileLine = mark.line + 1 + i
            guard fileLine <= text.lineStarts.count else { return .search(fromByte: start) }
            let fs = text.lineStarts[fileLine - 1]
            var fe = fileLine < text.lineStarts.count ? text.lineStarts[fileLine] - 1 : text.bytes.count
            if fe > fs, text.bytes[fe - 1] == 0x0D { fe -= 1 }
            guard fe - fs >= content.count, text.bytes[(fe - content.count)..<fe].elementsEqual(content) else {
                return .search(fromByte: fs)
            }
            return .verbatim(byteOffset: fe - content.count + (offset - lines[i]))
        }
    }

    /// Decoded bytes (base64 Secret data): every setting points at one place.
    init(decoded content: String, at line: Int, column: Int) {
        self.content = content
        locate = { _ in .fixed(line: line, column: column) }
    }

    static func lineStarts(_ b: [UInt8]) -> [Int] {
        var starts = [0]
        for (i, c) in b.enumerated() where c == 0x0A { starts.append(i + 1) }
        return starts
    }

    /// The settings of the embedded file, by the syntax its name says.
    /// `label` is what a report shows for the setting: its own path in the embedded file (a
    /// format's rules may read it under another key).
    func settings(
        named name: String
    ) -> [(key: String, value: String, origin: ValueOrigin, protocolKind: EndpointKind?, label: String)] {
        let lower = name.lowercased()
        guard lower.hasSuffix(".yaml") || lower.hasSuffix(".yml") else {
            return keyValueLines().map { ($0.key, $0.value, $0.origin, nil, $0.key) }
        }
        let text = SourceText(content)
        let (docs, _) = YAMLSettings.read(text)
        var settings = docs.flatMap(\.settings).map {
            ConfigEntry(key: $0.key, value: $0.value, origin: $0.origin, context: $0.key)
        }
        // A program's own YAML (`prometheus.yml`) is read by its format's rules, as standalone.
        if let entries = KeyedYAMLFormats.entries(for: text) {
            settings = docs.flatMap { doc in
                entries(doc.settings.map { YAMLSetting(key: $0.key, value: $0.value, origin: $0.origin) })
            }
        }
        return settings.map { s in
            let key = s.key ?? ""
            switch s.origin {
            case .verbatim(let o): return (key, s.value, locate(o), s.protocolKind, s.context)
            case .search(let o):
                if case .verbatim(let f) = locate(o) {
                    return (key, s.value, .search(fromByte: f), s.protocolKind, s.context)
                }
                return (key, s.value, locate(o), s.protocolKind, s.context)
            case .fixed: return (key, s.value, s.origin, s.protocolKind, s.context)
            }
        }
    }

    /// Any other embedded text (JSON, scripts, dashboards) read as the text scanner reads a file:
    /// `key = "value"` assignments keyed, every other line free text (connection strings only).
    func textLines() -> [(key: String?, value: String, origin: ValueOrigin)] {
        let b = Array(content.utf8)
        let starts = Self.lineStarts(b)
        var out: [(key: String?, value: String, origin: ValueOrigin)] = []
        for (n, s0) in starts.enumerated() {
            var end = n + 1 < starts.count ? starts[n + 1] - 1 : b.count
            if end > s0, b[end - 1] == 0x0D { end -= 1 }
            var s = s0
            while s < end, b[s] == 0x20 || b[s] == 0x09 { s += 1 }
            guard end > s, !TextScanner.isCommentStart(b, s, end), TextScanner.mightHoldEndpoint(b, s, end) else {
                continue
            }
            let line = Substring(String(decoding: b[s..<end], as: UTF8.self))
            if let a = TextScanner.assignment(in: line) {
                out.append((a.key, String(a.value), locate(s + a.offset)))
            } else {
                out.append((nil, String(line), locate(s)))
            }
        }
        return out
    }

    /// `key=value`, `key: value`, `key value` lines (properties, .env, conf), comments skipped.
    func keyValueLines() -> [(key: String, value: String, origin: ValueOrigin)] {
        let b = Array(content.utf8)
        let starts = Self.lineStarts(b)
        var out: [(key: String, value: String, origin: ValueOrigin)] = []
        func isSpace(_ c: UInt8) -> Bool { c == 0x20 || c == 0x09 }
        for (n, s) in starts.enumerated() {
            var end = n + 1 < starts.count ? starts[n + 1] - 1 : b.count
            if end > s, b[end - 1] == 0x0D { end -= 1 }
            var i = s
            while i < end, isSpace(b[i]) { i += 1 }
            guard i < end, ![0x23, 0x21, 0x3B, 0x2F, 0x5B].contains(b[i]) else { continue }
            if end - i > 7, b[i..<(i + 7)].elementsEqual("export ".utf8) { i += 7 }
            let ks = i
            while i < end, b[i] != 0x3D, b[i] != 0x3A, !isSpace(b[i]) { i += 1 }
            guard i > ks else { continue }
            let key = String(decoding: b[ks..<i], as: UTF8.self)
            while i < end, isSpace(b[i]) { i += 1 }
            if i < end, b[i] == 0x3D || b[i] == 0x3A { i += 1 }
            while i < end, isSpace(b[i]) { i += 1 }
            var ve = end
            while ve > i, isSpace(b[ve - 1]) || b[ve - 1] == 0x3B { ve -= 1 }
            var vs = i
            if ve - vs >= 2, b[vs] == 0x22 || b[vs] == 0x27, b[ve - 1] == b[vs] {
                vs += 1
                ve -= 1
            }
            guard ve > vs else { continue }
            out.append((key, String(decoding: b[vs..<ve], as: UTF8.self), locate(vs)))
        }
        return out
    }
}
