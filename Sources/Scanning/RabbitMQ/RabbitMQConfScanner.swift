import ResidencyCore

/// `rabbitmq.conf` in the new-style (sysctl) format: `key = value` lines and `#` comments. Peer
/// nodes of a classic-config cluster (`cluster_formation.classic_config.nodes.1 = rabbit@host`)
/// are queue hosts; peer discovery backends (Consul, etcd, Kubernetes API), LDAP servers, HTTP
/// auth backends and syslog targets go through the value scanner. Listener settings
/// (`listeners.*`, `management.tcp.ip`, `*.tcp.port`…) are where the broker itself listens and are
/// never endpoints.
public struct RabbitMQConfScanner: FormatScanner {
    public init() {}

    public var description: ScannerDescription {
        ScannerDescription(
            id: "rabbitmq-conf",
            title: "rabbitmq.conf",
            summary: "Reads rabbitmq.conf (sysctl format) and reports classic-config cluster peers (rabbit@host), "
                + "peer-discovery, LDAP, HTTP-auth and syslog hosts; listener addresses are ignored.",
            references: [
                "https://www.rabbitmq.com/docs/configure#config-file-formats",
                "https://www.rabbitmq.com/docs/cluster-formation#peer-discovery-classic-config",
            ],
            examples: Self.examples)
    }

    public func accepts(path: String) -> Bool {
        let name = PathName.lowercasedFileName(path)
        return name.hasPrefix("rabbitmq") && name.hasSuffix(".conf")
    }

    public func scan(_ file: SourceFile, context: ScanContext) -> ScanOutput? {
        var entries: [ConfigEntry] = []
        var out = ScanOutput()
        let bytes = file.text.bytes
        let name = String(file.name)
        for (index, start) in file.text.lineStarts.enumerated() {
            var end = index + 1 < file.text.lineStarts.count ? file.text.lineStarts[index + 1] - 1 : bytes.count
            if end > start, bytes[end - 1] == 0x0D { end -= 1 }
            guard let line = Self.parse(bytes, start, end) else { continue }
            let ctx = name + " " + line.key
            if Self.isListener(line.key) { continue }
            if line.key.hasPrefix("cluster_formation.classic_config.nodes") {
                // `rabbit@host`: the host follows the node name's '@'.
                guard let at = line.value.utf8.firstIndex(of: 0x40) else { continue }
                let offset = line.value.utf8.distance(from: line.value.utf8.startIndex, to: at) + 1
                let host = Substring(line.value.utf8.dropFirst(offset))
                guard HostSyntax.isHostLike(host), !HostSyntax.isLocal(String(host)) else { continue }
                out.references.append(
                    EndpointReference(
                        host: String(host), port: EndpointKind.amqp.defaultPort, scheme: "rabbit", kind: .amqp,
                        location: file.location(ofByte: line.valueOffset + offset, context: ctx)))
                continue
            }
            // `log.syslog.ip` names a host although its last word is not "host".
            let key = line.key == "log.syslog.ip" ? "log.syslog.host" : line.key
            entries.append(
                ConfigEntry(key: key, value: line.value, origin: .verbatim(byteOffset: line.valueOffset), context: ctx))
        }
        out.append(ValueScanner.scan(entries, in: file))
        for i in out.references.indices where out.references[i].location.context.contains(" log.syslog.") {
            out.references[i].role = .telemetry
        }
        return out
    }

    /// Where the broker listens: `listeners.tcp.default`, `management.tcp.ip`, `prometheus.ssl.port`,
    /// `distribution.listener.interface`…
    static func isListener(_ key: String) -> Bool {
        let t = key.lowercased().split(separator: ".")
        if t.contains("listeners") || t.contains("listener") { return true }
        return (t.contains("tcp") || t.contains("ssl")) && (t.last == "ip" || t.last == "port")
    }

    static func parse(_ b: [UInt8], _ start: Int, _ end: Int) -> (key: String, value: String, valueOffset: Int)? {
        var i = start
        while i < end, b[i] == 0x20 || b[i] == 0x09 { i += 1 }
        guard i < end, b[i] != 0x23 else { return nil }
        let keyStart = i
        while i < end, b[i] != 0x3D, b[i] != 0x20, b[i] != 0x09 { i += 1 }
        let key = String(decoding: b[keyStart..<i], as: UTF8.self)
        while i < end, b[i] == 0x20 || b[i] == 0x09 { i += 1 }
        guard i < end, b[i] == 0x3D, !key.isEmpty else { return nil }
        i += 1
        while i < end, b[i] == 0x20 || b[i] == 0x09 { i += 1 }
        var ve = end
        // A trailing comment starts at ` #`.
        var j = i
        while j < end {
            if b[j] == 0x23, j > i, b[j - 1] == 0x20 || b[j - 1] == 0x09 {
                ve = j
                break
            }
            j += 1
        }
        while ve > i, b[ve - 1] == 0x20 || b[ve - 1] == 0x09 { ve -= 1 }
        guard ve > i else { return nil }
        return (key, String(decoding: b[i..<ve], as: UTF8.self), i)
    }
}
