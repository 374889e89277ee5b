import ResidencyCore

/// Consul service definitions and agent configuration, HCL or JSON: the services a Connect
/// sidecar's `upstreams` reach (`destination_name`), and the servers an agent joins
/// (`retry_join`, `start_join`, `retry_join_wan`). Cloud auto-join strings (`provider=aws …`)
/// name no host.
public struct ConsulScanner: FormatScanner {
    public init() {}

    static let upstreamKey = "destination_name"
    static let joinKeys = ["retry_join_wan", "retry_join", "start_join"]

    public var description: ScannerDescription {
        ScannerDescription(
            id: "consul",
            title: "Consul service definitions and agent configuration",
            summary: "Reads .hcl and .json files that set destination_name, retry_join or start_join (HCL or JSON) and "
                + "reports Connect upstreams by service name and the servers an agent joins.",
            references: [
                "https://developer.hashicorp.com/consul/docs/connect/proxies/proxy-config-reference#upstream-configuration-reference",
                "https://developer.hashicorp.com/consul/docs/agent/config/config-files#retry_join",
            ],
            examples: Self.examples)
    }

    public func accepts(path: String) -> Bool { ContentSniff.pathHasSuffix(path, [".hcl", ".json"]) }

    public func recognizes(_ file: SourceFile) -> Bool {
        ([Self.upstreamKey] + Self.joinKeys).contains { ContentSniff.contains($0, in: file.text) }
    }

    public func scan(_ file: SourceFile, context: ScanContext) -> ScanOutput? {
        var entries: [ConfigEntry] = []
        for key in [Self.upstreamKey] + Self.joinKeys {
            for (value, offset) in Self.values(of: key, in: file.text.bytes) where !value.contains("=") {
                let entryKey = key == Self.upstreamKey ? "consul_upstream_service_host" : "consul_join_hosts"
                entries.append(
                    ConfigEntry(
                        key: entryKey, value: value, origin: .verbatim(byteOffset: offset),
                        context: "\(file.name) \(key)"))
            }
        }
        return ValueScanner.scan(entries, in: file)
    }

    /// The quoted strings assigned to `key` (`key = "x"`, `"key": "x"`, `key = ["a", "b"]`),
    /// wherever it is written, each with its file offset. A longer key that ends in this one
    /// (`retry_join_wan` for `retry_join`) is skipped.
    static func values(of key: String, in b: [UInt8]) -> [(String, Int)] {
        let k = Array(key.utf8)
        var out: [(String, Int)] = []
        var i = 0
        func isNameByte(_ c: UInt8) -> Bool {
            (c >= 0x61 && c <= 0x7A) || (c >= 0x41 && c <= 0x5A) || (c >= 0x30 && c <= 0x39) || c == 0x5F
        }
        while i + k.count <= b.count {
            guard b[i] == k[0], b[i..<(i + k.count)].elementsEqual(k),
                i == 0 || !isNameByte(b[i - 1]), i + k.count == b.count || !isNameByte(b[i + k.count])
            else {
                i += 1
                continue
            }
            var j = i + k.count
            if j < b.count, b[j] == 0x22 { j += 1 }
            while j < b.count, b[j] == 0x20 || b[j] == 0x09 { j += 1 }
            guard j < b.count, b[j] == 0x3D || b[j] == 0x3A else {
                i += 1
                continue
            }
            j += 1
            while j < b.count, b[j] == 0x20 || b[j] == 0x09 || b[j] == 0x0A || b[j] == 0x0D { j += 1 }
            let list = j < b.count && b[j] == 0x5B
            repeat {
                while j < b.count, b[j] != 0x22, b[j] != 0x5D, !(b[j] == 0x0A && !list) { j += 1 }
                guard j < b.count, b[j] == 0x22 else { break }
                let s = j + 1
                var e = s
                while e < b.count, b[e] != 0x22, b[e] != 0x0A { e += 1 }
                guard e < b.count, b[e] == 0x22 else { break }
                out.append((String(decoding: b[s..<e], as: UTF8.self), s))
                j = e + 1
            } while list
            i = j
        }
        return out
    }
}
