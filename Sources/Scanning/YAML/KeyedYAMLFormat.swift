import ResidencyCore

/// A YAML configuration format of one program (Prometheus, the OpenTelemetry Collector, Traefik,
/// Kong…): recognized by its top-level keys, read as flattened settings, and told apart from
/// other YAML by which setting paths hold hosts. A format is one type conforming to this
/// protocol plus one registry line; the same rules read the file standalone and embedded in a
/// ConfigMap (`prometheus.yml: |`), so both report the same endpoints.
public protocol KeyedYAMLFormat: FormatScanner where Partial == ScanOutput {
    /// Top-level keys of which at least one must be present (`scrape_configs`).
    static var markers: Set<String> { get }
    /// Top-level keys that say the file is something else (a compose file's `services` beside…).
    static var exclusions: Set<String> { get }
    /// The settings that hold hosts, as entries the value scanner reads under a key that says so;
    /// `settings` are one YAML document's, keys as `a.b[0].c`.
    static func entries(_ settings: [YAMLSetting]) -> [ConfigEntry]
}

/// One flattened YAML setting: its dotted path (`scrape_configs[0].static_configs[0].targets[0]`),
/// its value and where the value is written.
public struct YAMLSetting: Sendable {
    public var key: String
    public var value: String
    public var origin: ValueOrigin
    /// The path without list indices (`scrape_configs.static_configs.targets`), for matching rules.
    public var path: String

    init(key: String, value: String, origin: ValueOrigin) {
        self.key = key
        self.value = value
        self.origin = origin
        var p = ""
        var inIndex = false
        for c in key {
            if c == "[" { inIndex = true } else if c == "]" { inIndex = false } else if !inIndex { p.append(c) }
        }
        self.path = p
    }

    /// Whether the path ends with `suffix` at a segment boundary.
    public func pathEnds(with suffix: String) -> Bool {
        path == suffix || path.hasSuffix("." + suffix)
    }

    /// The setting as an entry under `key` (a name the value scanner reads as host-bearing),
    /// its context the setting's own path.
    public func entry(_ key: String, speaks kind: EndpointKind? = nil) -> ConfigEntry {
        ConfigEntry(key: key, value: value, origin: origin, context: self.key, protocolKind: kind)
    }
}

extension KeyedYAMLFormat {
    public static var exclusions: Set<String> { ["apiVersion", "services", "spring"] }

    public func accepts(path: String) -> Bool { ContentSniff.pathHasSuffix(path, [".yml", ".yaml"]) }

    public func recognizes(_ file: SourceFile) -> Bool { Self.recognizes(file.text) }

    static func recognizes(_ text: SourceText) -> Bool {
        Self.markers.contains { ContentSniff.hasTopLevelKey($0, in: text) }
            && !Self.exclusions.contains { ContentSniff.hasTopLevelKey($0, in: text) }
    }

    public func scan(_ file: SourceFile, context: ScanContext) -> ScanOutput? {
        let (documents, failure) = YAMLSettings.read(file.text)
        var entries: [ConfigEntry] = []
        for doc in documents {
            let settings = doc.settings.map { YAMLSetting(key: $0.key, value: $0.value, origin: $0.origin) }
            entries += Self.entries(settings).map { e in
                var e = e
                e.context = "\(file.name) \(e.context)"
                return e
            }
        }
        var out = ValueScanner.scan(entries, in: file)
        if let failure {
            out.diagnostics.append(
                Diagnostic(path: file.path, line: failure.line, column: failure.column, message: failure.message))
        }
        return out
    }
}

/// The keyed YAML formats, for embedded files (a ConfigMap's `prometheus.yml`): the first whose
/// markers the content has reads it.
enum KeyedYAMLFormats {
    static func entries(for content: SourceText) -> (([YAMLSetting]) -> [ConfigEntry])? {
        for scanner in ScannerRegistry.formatScanners {
            if let f = type(of: scanner) as? any KeyedYAMLFormat.Type, f.recognizes(content) { return f.entries }
        }
        return nil
    }
}
