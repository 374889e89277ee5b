/// HOCON read into dotted settings, each with the file offset of its value: paths of nested
/// objects joined (`akka { remote { host = x } }` → `akka.remote.host`), quoted and unquoted
/// values, array items under their key, comments (`#`, `//`) and `include` lines skipped.
enum HOCONSettings {
    struct Setting {
        var key: String
        var value: String
        var offset: Int
    }

    static func isKeyByte(_ c: UInt8) -> Bool {
        (c >= 0x61 && c <= 0x7A) || (c >= 0x41 && c <= 0x5A) || (c >= 0x30 && c <= 0x39) || c == 0x5F || c == 0x2D
            || c == 0x2E || c == 0x22
    }

    static func read(_ text: SourceText) -> [Setting] {
        let b = text.bytes
        var out: [Setting] = []
        var path: [String] = []
        var i = 0
        var pendingKey: String?
        func skipSpace() { while i < b.count, b[i] == 0x20 || b[i] == 0x09 || b[i] == 0x0D { i += 1 } }
        func skipToLineEnd() { while i < b.count, b[i] != 0x0A { i += 1 } }
        func full(_ key: String) -> String { (path + [key]).filter { !$0.isEmpty }.joined(separator: ".") }
        /// A value at `i`: a quoted string, or the rest up to a comma, `}`, `]`, newline or comment.
        func value() -> (String, Int)? {
            skipSpace()
            guard i < b.count else { return nil }
            if b[i] == 0x22 {
                let s = i + 1
                i += 1
                while i < b.count, b[i] != 0x22, b[i] != 0x0A {
                    if b[i] == 0x5C { i += 1 }
                    i += 1
                }
                let e = min(i, b.count)
                if i < b.count, b[i] == 0x22 { i += 1 }
                return (String(decoding: b[s..<e], as: UTF8.self), s)
            }
            let s = i
            while i < b.count, b[i] != 0x0A, b[i] != 0x2C, b[i] != 0x7D, b[i] != 0x5D, b[i] != 0x23,
                !(b[i] == 0x2F && i + 1 < b.count && b[i + 1] == 0x2F)
            { i += 1 }
            var e = i
            while e > s, b[e - 1] == 0x20 || b[e - 1] == 0x09 || b[e - 1] == 0x0D { e -= 1 }
            return e > s ? (String(decoding: b[s..<e], as: UTF8.self), s) : nil
        }
        var depthBudget = 64
        while i < b.count {
            let c = b[i]
            if c == 0x20 || c == 0x09 || c == 0x0D || c == 0x0A || c == 0x2C {
                i += 1
                continue
            }
            if c == 0x23 || (c == 0x2F && i + 1 < b.count && b[i + 1] == 0x2F) {
                skipToLineEnd()
                continue
            }
            if c == 0x7D {
                if !path.isEmpty { path.removeLast() }
                i += 1
                continue
            }
            if c == 0x7B {
                path.append(pendingKey ?? "")
                pendingKey = nil
                i += 1
                continue
            }  // an object without a key
            guard isKeyByte(c) else {
                i += 1
                continue
            }
            let s = i
            while i < b.count, isKeyByte(b[i]) { i += 1 }
            let key = String(decoding: b[s..<i], as: UTF8.self).replacingQuotes()
            if key == "include" {
                skipToLineEnd()
                continue
            }
            skipSpace()
            guard i < b.count else { break }
            if b[i] == 0x7B {  // key { … }
                guard depthBudget > 0 else { break }
                depthBudget -= 1
                path.append(key)
                i += 1
                continue
            }
            if b[i] == 0x3D || b[i] == 0x3A || (b[i] == 0x2B && i + 1 < b.count && b[i + 1] == 0x3D) {
                i += b[i] == 0x2B ? 2 : 1
                skipSpace()
                if i < b.count, b[i] == 0x7B {
                    path.append(key)
                    i += 1
                    continue
                }  // key = { … }
                if i < b.count, b[i] == 0x5B {  // key = [ "a", "b" ]
                    i += 1
                    while i < b.count, b[i] != 0x5D {
                        skipSpace()
                        if i < b.count, b[i] == 0x0A || b[i] == 0x2C {
                            i += 1
                            continue
                        }
                        if let (v, at) = value() {
                            out.append(Setting(key: full(key), value: v, offset: at))
                        } else if i < b.count, b[i] != 0x5D {
                            i += 1
                        }
                    }
                    i += 1
                    continue
                }
                if let (v, at) = value() { out.append(Setting(key: full(key), value: v, offset: at)) }
                continue
            }
            skipToLineEnd()
        }
        return out
    }
}

extension String {
    /// `"a.b"` as a key segment: the quotes dropped.
    fileprivate func replacingQuotes() -> String { filter { $0 != "\"" } }
}
