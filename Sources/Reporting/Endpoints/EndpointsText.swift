import ResidencyCore

/// `residency endpoints` as a person reads it: one block per endpoint, its sources indented.
public enum EndpointsText {
    public static func render(_ doc: EndpointsDocument) -> String {
        var out = "residency \(doc.tool.version) — endpoints in \(doc.scannedPath)\n"
        out += "\(doc.summary.files) files scanned, \(doc.summary.endpoints) endpoints, "
            + "\(doc.summary.unresolved) unresolved references, \(doc.summary.diagnostics) config errors\n"
        for e in doc.endpoints {
            out += "\n\(e.id)  [\(e.kind.rawValue), \(e.role.rawValue)]\n"
            for s in e.sources {
                out += "    \(s.path):\(s.line):\(s.column)  \(s.context)\n"
            }
        }
        if !doc.unresolved.isEmpty {
            out += "\nUnresolved references (a placeholder stands where a host should be):\n"
            for u in doc.unresolved {
                out += "    \(u.path):\(u.line):\(u.column)  $\(u.variable)  \(u.context)\n"
            }
        }
        if !doc.diagnostics.isEmpty {
            out += "\nConfig errors (what these files reference is unknown):\n"
            for d in doc.diagnostics {
                let pos = [d.path, d.line.map(String.init), d.column.map(String.init)].compactMap { $0 }.joined(separator: ":")
                out += "    \(pos)  \(d.message)\n"
            }
        }
        return out
    }
}
