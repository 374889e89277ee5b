import ResidencyCore

/// `residency endpoints` as a person reads it: one block per endpoint, its sources indented.
/// Every value from the files is kept to its line (`ControlCharacters.line`): no escape sequence
/// reaches the terminal and no newline in a path or context forges a line.
public enum EndpointsText {
    public static func render(_ doc: EndpointsDocument) -> String {
        let v = ControlCharacters.line
        var out = "residency \(doc.tool.version) — endpoints in \(v(doc.scannedPath))\n"
        out +=
            "\(doc.summary.files) files scanned, \(doc.summary.endpoints) endpoints, "
            + "\(doc.summary.unresolved) unresolved references, \(doc.summary.diagnostics) config errors\n"
        for e in doc.endpoints {
            out += "\n\(v(e.id))  [\(e.kind.rawValue), \(e.role.rawValue)]\n"
            for s in e.sources {
                out += "    \(v(s.path)):\(s.line):\(s.column)  \(v(s.context))\n"
            }
        }
        if !doc.unresolved.isEmpty {
            out += "\nUnresolved references (a placeholder stands where a host should be):\n"
            for u in doc.unresolved {
                out += "    \(v(u.path)):\(u.line):\(u.column)  $\(v(u.variable))  \(v(u.context))\n"
            }
        }
        if !doc.diagnostics.isEmpty {
            out += "\nConfig errors (what these files reference is unknown):\n"
            for d in doc.diagnostics {
                let pos = [d.path, d.line.map(String.init), d.column.map(String.init)].compactMap { $0 }.joined(
                    separator: ":")
                out += "    \(v(pos))  \(v(d.message))\n"
            }
        }
        return out
    }
}
