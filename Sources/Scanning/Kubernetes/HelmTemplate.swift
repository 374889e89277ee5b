/// Makes a Helm (Go template) manifest parseable as YAML without moving a byte: actions alone on
/// their lines (`{{- if .Values.db.enabled }}`, `{{- toYaml .Values.env | nindent 12 }}`) become
/// spaces, and an unquoted inline action (`name: {{ include "x" . }}`) becomes `$(_…_)`, a
/// placeholder the value scanner reports as unresolved. Actions inside quotes are left as they
/// are (`"{{ .Values.host }}:5432"` is already a string). Same length, so every line and column
/// found in the result is the template's own.
enum HelmTemplate {
    static func neutralize(_ input: [UInt8]) -> [UInt8] {
        var b = input
        let n = b.count
        var i = 0
        while i + 1 < n {
            guard b[i] == 0x7B, b[i + 1] == 0x7B else { i += 1; continue }
            // The action's end.
            var j = i + 2
            while j + 1 < n, !(b[j] == 0x7D && b[j + 1] == 0x7D) { j += 1 }
            guard j + 1 < n else { break }
            let end = j + 2
            var lineStart = i
            while lineStart > 0, b[lineStart - 1] != 0x0A { lineStart -= 1 }
            var lineEnd = end
            while lineEnd < n, b[lineEnd] != 0x0A { lineEnd += 1 }
            let before = b[lineStart..<i]
            let after = b[end..<lineEnd]
            let blankBefore = before.allSatisfy { $0 == 0x20 || $0 == 0x09 }
            let blankAfter = after.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D } || after.first == 0x7B
            let quotes = before.filter { $0 == 0x22 }.count
            if blankBefore && blankAfter {
                for k in i..<end where b[k] != 0x0A && b[k] != 0x0D { b[k] = 0x20 }
            } else if quotes % 2 == 0, !before.contains(0x27) {
                b[i] = 0x24; b[i + 1] = 0x28 // $(
                // One word, so a host list reads it as one placeholder: `$(_.Values.db.host_)`.
                for k in (i + 2)..<j where b[k] == 0x20 || b[k] == 0x09 || b[k] == 0x3A || b[k] == 0x23 || b[k] == 0x2C { b[k] = 0x5F }
                b[j] = 0x5F; b[j + 1] = 0x29 // "_)"
            }
            i = end
        }
        return b
    }
}
