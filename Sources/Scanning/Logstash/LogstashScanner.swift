import ResidencyCore

/// Logstash pipelines (`*.conf` under a pipeline folder, or any `.conf` whose top level is
/// `input { … }`, `filter { … }` or `output { … }`): the hosts its input and output plugins
/// connect to (`hosts => ["es:9200"]`, `host => "redis"`, `bootstrap_servers => "kafka:9092"`,
/// `url => …`). A setting is keyed by its plugin (`elasticsearch hosts`), so the plugin's name
/// tells the kind.
public struct LogstashScanner: FormatScanner {
    public init() {}

    public var description: ScannerDescription {
        ScannerDescription(
            id: "logstash",
            title: "Logstash pipelines",
            summary:
                "Reads .conf files whose top level is input, filter or output blocks, and reports the hosts, host, "
                + "url, uri and bootstrap_servers settings of their plugins (strings or arrays), kind from the plugin "
                + "(elasticsearch, redis, kafka, rabbitmq, jdbc URLs).",
            references: ["https://www.elastic.co/guide/en/logstash/current/configuration-file-structure.html"],
            examples: Self.examples)
    }

    public func accepts(path: String) -> Bool { ContentSniff.pathHasSuffix(path, [".conf", ".logstash"]) }

    /// A section keyword at the start of a line, followed by `{`.
    public func recognizes(_ file: SourceFile) -> Bool {
        let b = file.text.bytes
        for start in file.text.lineStarts {
            for word in ["input", "output", "filter"] {
                let w = Array(word.utf8)
                guard start + w.count <= b.count, b[start..<(start + w.count)].elementsEqual(w) else { continue }
                var i = start + w.count
                while i < b.count, b[i] == 0x20 || b[i] == 0x09 || b[i] == 0x0A || b[i] == 0x0D { i += 1 }
                if i < b.count, b[i] == 0x7B { return true }
            }
        }
        return false
    }

    /// Settings whose values name where a plugin connects.
    static let hostSettings: Set<String> = [
        "hosts", "host", "url", "urls", "uri", "uris", "bootstrap_servers",
        "jdbc_connection_string", "connection_string", "servers", "address", "addresses",
    ]

    public func scan(_ file: SourceFile, context: ScanContext) -> ScanOutput? {
        var entries: [ConfigEntry] = []
        for s in LogstashSettings.read(file.text) where Self.hostSettings.contains(s.name) {
            // `elasticsearch hosts`: the plugin names the kind; `output elasticsearch` the direction.
            let key = "\(s.plugin)_\(s.name)"
            entries.append(
                ConfigEntry(
                    key: KindHints.isHostKey(key) ? key : "\(s.plugin)_host", value: s.value,
                    origin: .verbatim(byteOffset: s.offset),
                    context: "\(file.name) \(s.section) \(s.plugin) \(s.name)"))
        }
        return ValueScanner.scan(entries, in: file)
    }
}
