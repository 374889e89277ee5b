import ResidencyCore

/// HAProxy configuration (`haproxy.cfg`): the `server` lines of `backend` and `listen` sections
/// (`server web1 10.0.0.5:8080 check`), where the proxy forwards requests; `bind` lines are
/// where it listens.
public struct HAProxyScanner: FormatScanner {
    public init() {}

    public var description: ScannerDescription {
        ScannerDescription(
            id: "haproxy",
            title: "HAProxy configuration",
            summary: "Reads .cfg files with backend, listen or frontend sections, and reports the address "
                + "of every server line (host:port) in backend and listen sections; bind addresses are not connections.",
            references: ["https://docs.haproxy.org/3.0/configuration.html#5.2"],
            examples: Self.examples)
    }

    public func accepts(path: String) -> Bool { ContentSniff.pathHasSuffix(path, [".cfg"]) }

    /// A section keyword at the start of a line.
    public func recognizes(_ file: SourceFile) -> Bool {
        ["backend ", "listen ", "frontend "].contains { marker in
            let m = Array(marker.utf8)
            return file.text.lineStarts.contains { s in
                s + m.count <= file.text.bytes.count && file.text.bytes[s..<(s + m.count)].elementsEqual(m)
            }
        }
    }

    public func scan(_ file: SourceFile, context: ScanContext) -> ScanOutput? {
        var entries: [ConfigEntry] = []
        var section = ""
        let b = file.text.bytes
        for n in file.text.lineStarts.indices {
            let bounds = file.text.lineRange(n)
            let (start, end) = (bounds.lowerBound, bounds.upperBound)
            guard end > start else { continue }
            let line = Substring(String(decoding: b[start..<end], as: UTF8.self))
            let indented = b[start] == 0x20 || b[start] == 0x09
            var words: [(Substring, Int)] = []
            var i = line.startIndex
            while i < line.endIndex {
                while i < line.endIndex, line[i] == " " || line[i] == "\t" { i = line.index(after: i) }
                let s = i
                while i < line.endIndex, line[i] != " ", line[i] != "\t" { i = line.index(after: i) }
                if s < i { words.append((line[s..<i], line.utf8.distance(from: line.startIndex, to: s))) }
            }
            guard let first = words.first, !first.0.hasPrefix("#") else { continue }
            if !indented {
                section = "\(first.0) \(words.count > 1 ? words[1].0 : "")"
                continue
            }
            // `server <name> <address>[:port] [params]` in a backend or listen section.
            guard first.0 == "server", words.count >= 3,
                section.hasPrefix("backend") || section.hasPrefix("listen")
            else { continue }
            let (address, offset) = words[2]
            entries.append(
                ConfigEntry(
                    key: "server_address", value: String(address), origin: .verbatim(byteOffset: start + offset),
                    context: "\(file.name) \(section.trimmingWhitespace()) server \(words[1].0)"))
        }
        return ValueScanner.scan(entries, in: file)
    }
}
