import ResidencyCore

/// HOCON (`application.conf`, `reference.conf` and other `*.conf` of JVM services: Akka, Play,
/// Lightbend Config): `key = value`, `key: value` and `key { … }` blocks flattened to dotted keys
/// (`db.default.url`, `kafka.bootstrap.servers`), handed to the shared value scanner, so a key
/// says what its value is, as in Spring.
public struct HOCONScanner: FormatScanner {
    public init() {}

    public var description: ScannerDescription {
        ScannerDescription(
            id: "hocon",
            title: "HOCON configuration",
            summary: "Reads application.conf, reference.conf and any .conf of key = value, key: value and key { } "
                + "blocks (no nginx directives, no INI sections), flattens nested blocks to dotted keys and reports "
                + "host-bearing settings: JDBC and other URLs, bootstrap servers, contact points, hosts with ports.",
            references: ["https://github.com/lightbend/config/blob/main/HOCON.md"],
            examples: Self.examples)
    }

    public func accepts(path: String) -> Bool {
        ContentSniff.pathHasSuffix(path, [".conf"])
    }

    /// By name, or `key = value` assignments together with braces and no `[section]` lines.
    public func recognizes(_ file: SourceFile) -> Bool {
        let name = file.name.lowercased()
        if name == "application.conf" || name == "reference.conf" { return true }
        var assignments = 0
        var braces = false
        let b = file.text.bytes
        for start in file.text.lineStarts {
            var i = start
            while i < b.count, b[i] == 0x20 || b[i] == 0x09 { i += 1 }
            guard i < b.count else { continue }
            if b[i] == 0x5B { return false }  // an INI section
            let ks = i
            while i < b.count, HOCONSettings.isKeyByte(b[i]) { i += 1 }
            guard i > ks else { continue }
            while i < b.count, b[i] == 0x20 || b[i] == 0x09 { i += 1 }
            guard i < b.count else { continue }
            if b[i] == 0x3D { assignments += 1 } else if b[i] == 0x7B { braces = true }
        }
        return assignments > 0 && braces
    }

    public func scan(_ file: SourceFile, context: ScanContext) -> ScanOutput? {
        let entries = HOCONSettings.read(file.text).map {
            ConfigEntry(
                key: $0.key, value: $0.value, origin: .verbatim(byteOffset: $0.offset),
                context: "\(file.name) \($0.key)")
        }
        return ValueScanner.scan(entries, in: file)
    }
}
