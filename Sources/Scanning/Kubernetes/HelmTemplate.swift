import Foundation

/// Makes a Helm (Go template) manifest parseable as YAML without moving a byte: actions alone on
/// their lines (`{{- if .Values.db.enabled }}`, `{{- toYaml .Values.env | nindent 12 }}`) become
/// spaces, an `{{ else }}` branch is blanked to its `{{ end }}` (both branches would be duplicate
/// keys), and an inline action (`name: {{ include "x" . }}`, `"{{ .Values.host }}:5432"`) becomes
/// `$(_include_"x"_._)`, one word the value scanner reads as an unresolved placeholder. Same
/// length, so every line and column found in the result is the template's own.
enum HelmTemplate {
    struct Action {
        var start: Int, end: Int, innerStart: Int, innerEnd: Int
        var standalone: Bool
        var keyword: String
    }

    static func actions(_ b: [UInt8]) -> [Action] {
        var out: [Action] = []
        let n = b.count
        var i = 0
        while i + 1 < n {
            guard b[i] == 0x7B, b[i + 1] == 0x7B else {
                i += 1
                continue
            }
            var j = i + 2
            while j + 1 < n, !(b[j] == 0x7D && b[j + 1] == 0x7D) { j += 1 }
            guard j + 1 < n else { break }
            let end = j + 2
            var lineStart = i
            while lineStart > 0, b[lineStart - 1] != 0x0A { lineStart -= 1 }
            var lineEnd = end
            while lineEnd < n, b[lineEnd] != 0x0A { lineEnd += 1 }
            let blankBefore = b[lineStart..<i].allSatisfy { $0 == 0x20 || $0 == 0x09 }
            let after = b[end..<lineEnd]
            let blankAfter = after.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D } || after.first == 0x7B
            var k = i + 2
            while k < j, b[k] == 0x2D || b[k] == 0x20 || b[k] == 0x09 || b[k] == 0x2F || b[k] == 0x2A { k += 1 }
            var w = k
            while w < j, b[w] >= 0x61 && b[w] <= 0x7A { w += 1 }
            out.append(
                Action(
                    start: i, end: end, innerStart: i + 2, innerEnd: j, standalone: blankBefore && blankAfter,
                    keyword: String(decoding: b[k..<w], as: UTF8.self)))
            i = end
        }
        return out
    }

    static func neutralize(_ input: [UInt8]) -> [UInt8] {
        var b = input
        func blank(_ r: Range<Int>) { for k in r where b[k] != 0x0A && b[k] != 0x0D { b[k] = 0x20 } }
        let opens: Set<String> = ["if", "range", "with", "define", "block"]
        var skipFrom: Int?
        var depth = 0
        for a in actions(input) {
            if let from = skipFrom {
                if opens.contains(a.keyword) { depth += 1 }
                if a.keyword == "end" {
                    if depth == 0 {
                        blank(from..<a.end)
                        skipFrom = nil
                    } else {
                        depth -= 1
                    }
                }
                continue
            }
            if a.standalone {
                if a.keyword == "else" {
                    skipFrom = a.start
                    depth = 0
                    continue
                }
                blank(a.start..<a.end)
            } else {
                b[a.start] = 0x24
                b[a.start + 1] = 0x28  // $(
                // Inside a quoted string (`default "http://x:5280"`) a `:` stays, so the default
                // is still a URL; it is followed by `/` or a digit, never by a space, so YAML is safe.
                var quoted = false
                for k in a.innerStart..<a.innerEnd {
                    if b[k] == 0x22 {
                        quoted.toggle()
                        continue
                    }
                    if b[k] == 0x20 || b[k] == 0x09 || b[k] == 0x23 || b[k] == 0x2C || (b[k] == 0x3A && !quoted) {
                        b[k] = 0x5F
                    }
                }
                b[a.innerEnd] = 0x5F
                b[a.innerEnd + 1] = 0x29  // _)
            }
        }
        if let from = skipFrom { blank(from..<b.count) }
        return b
    }

    /// A name that held an action, shown as Helm writes it: `$(_template_"fullname"_._)-x` →
    /// `{{ template "fullname" . }}-x`.
    static func display(_ s: String) -> String {
        guard s.hasInfix("$(") else { return s }
        var out = ""
        var rest = Substring(s)
        while let r = rest.range(of: "$("), let close = rest[r.upperBound...].firstIndex(of: ")") {
            out += rest[..<r.lowerBound]
            let inner = rest[r.upperBound..<close].replacingOccurrences(of: "_", with: " ").trimmingCharacters(
                in: .whitespaces)
            out += "{{ \(inner) }}"
            rest = rest[rest.index(after: close)...]
        }
        return out + rest
    }
}
