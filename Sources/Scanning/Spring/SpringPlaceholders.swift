import ResidencyCore

/// Spring resolves `${name}` from its own settings before the environment:
/// `defaultZone: http://${eureka.instance.hostname}:8761/eureka/` names the host written under
/// `eureka.instance.hostname` in the same file. Such a placeholder is not unresolved: it becomes
/// the host written there (at that place), or nothing when that host is loopback.
enum SpringPlaceholders {
    static func resolve(_ out: inout ScanOutput, settings: [ConfigEntry], in file: SourceFile) {
        guard !out.unresolved.isEmpty else { return }
        var byKey: [String: ConfigEntry] = [:]
        for e in settings { if let k = e.key, byKey[k] == nil { byKey[k] = e } }
        var kept: [UnresolvedReference] = []
        for u in out.unresolved {
            guard let e = byKey[u.variable], !Placeholder.contains(Substring(e.value)) else {
                kept.append(u)
                continue
            }
            let value = e.value.trimmingWhitespace()
            let (host, hostOffset, portText) = HostSyntax.splitHostPort(Substring(value))
            guard HostSyntax.isHostLike(host) else {
                kept.append(u)
                continue
            }
            if HostSyntax.isLocal(String(host)) { continue }
            let kind = u.kind ?? .other
            let leading = e.value.utf8.count - e.value.drop(while: { $0 == " " || $0 == "\t" }).utf8.count
            let match = HostMatch(
                host: host.lowercased(), port: portText.flatMap { HostSyntax.port($0) } ?? kind.defaultPort,
                scheme: kind.rawValue, kind: kind, offset: leading + hostOffset)
            let location = ValueScanner.place(match, entry: e, in: file)
            out.references.append(
                EndpointReference(
                    host: match.host, port: match.port, scheme: match.scheme, kind: kind,
                    location: SourceLocation(
                        path: location.path, line: location.line,
                        column: location.column, context: u.location.context)))
        }
        out.unresolved = kept
    }
}
