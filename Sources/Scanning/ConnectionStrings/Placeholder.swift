import ResidencyCore

/// Template placeholders that stand where a host should be: `${VAR}`, `${VAR:-default}`,
/// `${VAR:default}` (Spring), `$VAR`, `$(VAR)` (Kubernetes), `{{ .Values.x }}` (Helm, Go templates),
/// `%(var)s`, `#{var}`.
public enum Placeholder {
    public struct Match: Equatable {
        /// The variable's name, e.g. `DB_HOST` or `.Values.db.host`.
        public var variable: String
        /// The default written inside it (`${DB_HOST:-orders-db}` → `orders-db`), if any.
        public var defaultValue: Substring?
        /// How many UTF-8 bytes the placeholder spans.
        public var length: Int
        /// UTF-8 offset of the default value inside the placeholder, when there is one.
        public var defaultOffset: Int
    }

    /// A Go template's `default "x"` (`{{ .Values.url | default "http://chat:5280" }}`, or the
    /// same action neutralized to `$(_.Values.url_|_default_"http://chat:5280"_)`): the quoted
    /// value and its offset.
    static func templateDefault(_ u: [UInt8], _ r: Range<Int>) -> (Substring?, Int) {
        let word = Array("default".utf8)
        var i = r.lowerBound
        while i + word.count + 2 < r.upperBound {
            if u[i..<(i + word.count)].elementsEqual(word), u[i + word.count] == 0x20 || u[i + word.count] == 0x5F,
                u[i + word.count + 1] == 0x22, let close = u[(i + word.count + 2)..<r.upperBound].firstIndex(of: 0x22)
            {
                let start = i + word.count + 2
                guard close > start else { return (nil, 0) }
                return (Substring(String(decoding: u[start..<close], as: UTF8.self)), start)
            }
            i += 1
        }
        return (nil, 0)
    }

    /// The placeholder starting at the beginning of `s`, if one does.
    public static func match(at s: Substring) -> Match? {
        let u = Array(s.utf8.prefix(512))
        guard let first = u.first else { return nil }
        if first == 0x24 {  // $
            guard u.count > 1 else { return nil }
            if u[1] == 0x7B, let close = matchingBrace(u, from: 2) {  // ${...}, nesting allowed
                return braced(u, open: 2, close: close)
            }
            if u[1] == 0x28, let close = u.firstIndex(of: 0x29) {  // $(...)
                let (def, at) = templateDefault(u, 2..<close)
                return Match(
                    variable: String(decoding: u[2..<close], as: UTF8.self), defaultValue: def, length: close + 1,
                    defaultOffset: at)
            }
            var i = 1
            while i < u.count, isNameByte(u[i]) { i += 1 }
            guard i > 1 else { return nil }
            return Match(
                variable: String(decoding: u[1..<i], as: UTF8.self), defaultValue: nil, length: i, defaultOffset: 0)
        }
        if first == 0x7B, u.count > 1, u[1] == 0x7B {  // {{ ... }}
            var i = 2
            while i + 1 < u.count, !(u[i] == 0x7D && u[i + 1] == 0x7D) { i += 1 }
            guard i + 1 < u.count else { return nil }
            let inner = String(decoding: u[2..<i], as: UTF8.self).trimmingWhitespace()
            let (def, at) = templateDefault(u, 2..<i)
            return Match(variable: inner, defaultValue: def, length: i + 2, defaultOffset: at)
        }
        if first == 0x25 || first == 0x23, u.count > 1, u[1] == 0x28 || u[1] == 0x7B {  // %( or #{
            let closer: UInt8 = u[1] == 0x28 ? 0x29 : 0x7D
            guard let close = u.firstIndex(of: closer) else { return nil }
            var end = close + 1
            if first == 0x25, end < u.count, u[end] == 0x73 { end += 1 }  // %(x)s
            return Match(
                variable: String(decoding: u[2..<close], as: UTF8.self), defaultValue: nil, length: end,
                defaultOffset: 0)
        }
        return nil
    }

    /// Whether the text contains any placeholder start.
    public static func contains(_ s: Substring) -> Bool {
        s.hasInfix("${") || s.hasInfix("$(") || s.hasInfix("{{") || s.hasInfix("%(") || s.hasInfix("#{")
    }

    private static func braced(_ u: [UInt8], open: Int, close: Int) -> Match {
        let inner = u[open..<close]
        // `${VAR:-default}`, `${VAR:=default}`, Spring `${spring.name:default}`, and the shell's
        // `${VAR-default}`, which only an upper-case shell name can use: in `${my-db.host}` the
        // dash belongs to a Spring property name.
        var separator = inner.firstIndex(of: 0x3A)
        if separator == nil, let dash = inner.firstIndex(of: 0x2D),
            u[open..<dash].allSatisfy({ ($0 >= 0x41 && $0 <= 0x5A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x5F })
        {
            separator = dash
        }
        if let sep = separator, sep > open {
            var defStart = sep + 1
            if u[sep] == 0x3A, defStart < close, u[defStart] == 0x2D || u[defStart] == 0x3D { defStart += 1 }
            let name = String(decoding: u[open..<sep], as: UTF8.self)
            let def = Substring(String(decoding: u[defStart..<close], as: UTF8.self))
            // A nested placeholder as the default (`${A:${B:host}}`): its own default is the value.
            if let nested = match(at: def), nested.length == def.utf8.count {
                return Match(
                    variable: name, defaultValue: nested.defaultValue, length: close + 1,
                    defaultOffset: nested.defaultValue == nil ? 0 : defStart + nested.defaultOffset)
            }
            return Match(
                variable: name, defaultValue: def.isEmpty ? nil : def, length: close + 1, defaultOffset: defStart)
        }
        return Match(
            variable: String(decoding: inner, as: UTF8.self), defaultValue: nil, length: close + 1, defaultOffset: 0)
    }

    /// The `}` closing the brace opened just before `from`, counting nested `{`…`}`.
    private static func matchingBrace(_ u: [UInt8], from: Int) -> Int? {
        var depth = 1
        var i = from
        while i < u.count {
            if u[i] == 0x7B {
                depth += 1
            } else if u[i] == 0x7D {
                depth -= 1
                if depth == 0 { return i }
            }
            i += 1
        }
        return nil
    }

    private static func isNameByte(_ b: UInt8) -> Bool {
        (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) || b == 0x5F
    }
}

extension String {
    func trimmingWhitespace() -> String {
        var s = Substring(self)
        while let f = s.first, f.isWhitespace { s = s.dropFirst() }
        while let l = s.last, l.isWhitespace { s = s.dropLast() }
        return String(s)
    }
}
