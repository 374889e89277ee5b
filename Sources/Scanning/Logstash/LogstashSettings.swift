import ResidencyCore

/// The `name => value` settings of a Logstash pipeline, each with the section and plugin it is
/// written in and the file offset of its value. Strings (single or double quoted, escapes kept),
/// bare words and the string items of arrays; hashes and conditionals are walked through.
enum LogstashSettings {
    struct Setting {
        var section: String
        var plugin: String
        var name: String
        var value: String
        var offset: Int
    }

    static func read(_ text: SourceText) -> [Setting] {
        let b = text.bytes
        var out: [Setting] = []
        var stack: [String] = []  // block names: section, plugin, nested hashes ("" for a conditional)
        var lastWord = ""
        var conditional = false  // between `if`/`else` and its `{`
        var i = 0
        func skipBlanks() { while i < b.count, b[i] == 0x20 || b[i] == 0x09 || b[i] == 0x0A || b[i] == 0x0D { i += 1 } }
        func readString() -> (String, Int)? {
            guard i < b.count, b[i] == 0x22 || b[i] == 0x27 else { return nil }
            let q = b[i]
            let start = i + 1
            i += 1
            while i < b.count, b[i] != q {
                if b[i] == 0x5C { i += 1 }
                i += 1
            }
            let end = min(i, b.count)
            i += 1
            return (String(decoding: b[start..<end], as: UTF8.self), start)
        }
        while i < b.count {
            let c = b[i]
            if c == 0x23 {
                while i < b.count, b[i] != 0x0A { i += 1 }
                continue
            }  // comment
            if c == 0x22 || c == 0x27 {
                _ = readString()
                lastWord = ""
                continue
            }
            if c == 0x7B {
                stack.append(conditional ? "" : lastWord)
                conditional = false
                lastWord = ""
                i += 1
                continue
            }
            if c == 0x7D {
                if !stack.isEmpty { stack.removeLast() }
                lastWord = ""
                i += 1
                continue
            }
            if c == 0x3D, i + 1 < b.count, b[i + 1] == 0x3E {  // =>
                let name = lastWord
                i += 2
                skipBlanks()
                let section = stack.first ?? ""
                // The plugin: the first named block inside the section, conditionals passed through.
                let plugin = stack.dropFirst().first { !$0.isEmpty } ?? ""
                func add(_ v: String, _ at: Int) {
                    if !name.isEmpty {
                        out.append(Setting(section: section, plugin: plugin, name: name, value: v, offset: at))
                    }
                }
                if i < b.count, b[i] == 0x5B {  // [ "a", "b" ]
                    i += 1
                    while i < b.count, b[i] != 0x5D {
                        skipBlanks()
                        if let (v, at) = readString() { add(v, at) } else if i < b.count, b[i] != 0x5D { i += 1 }
                    }
                    i += 1
                } else if let (v, at) = readString() {
                    add(v, at)
                } else {
                    let start = i
                    while i < b.count,
                        !(b[i] == 0x20 || b[i] == 0x09 || b[i] == 0x0A || b[i] == 0x0D || b[i] == 0x7D || b[i] == 0x7B)
                    { i += 1 }
                    if i > start, i < b.count, b[i] != 0x7B {
                        add(String(decoding: b[start..<i], as: UTF8.self), start)
                    } else {
                        lastWord = String(decoding: b[start..<i], as: UTF8.self)
                        continue
                    }
                }
                lastWord = ""
                continue
            }
            if isWordByte(c) {
                let start = i
                while i < b.count, isWordByte(b[i]) { i += 1 }
                lastWord = String(decoding: b[start..<i], as: UTF8.self)
                if lastWord == "if" || lastWord == "else" { conditional = true }
                continue
            }
            i += 1
        }
        return out
    }

    @inline(__always) static func isWordByte(_ c: UInt8) -> Bool {
        (c >= 0x61 && c <= 0x7A) || (c >= 0x41 && c <= 0x5A) || (c >= 0x30 && c <= 0x39) || c == 0x5F || c == 0x2D
            || c == 0x2E
    }
}
