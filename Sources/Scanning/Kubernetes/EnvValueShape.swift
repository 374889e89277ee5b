/// Container env values whose shape alone says "a host": `user-db:27017` under `mongo`, or
/// `zipkin.jaeger.svc.cluster.local` under `ZIPKIN`. The shared value scanner only reads bare
/// hosts under keys that name a host; in a container's env (Kubernetes, compose) a whole value
/// of exactly `name:port` or an in-cluster DNS name is a connection target whatever the key, so
/// such an entry is handed over under a host-naming key.
enum EnvValueShape {
    static func key(for name: String, value: String) -> String {
        guard looksLikeHost(value), !KindHints.isHostKey(name) else { return name }
        return name + "_ADDR"
    }

    static func looksLikeHost(_ value: String) -> Bool {
        let u = Array(value.utf8)
        guard !u.isEmpty, u.count < 256 else { return false }
        var hostEnd = u.count
        if let colon = u.firstIndex(of: 0x3A) {
            let port = u[(colon + 1)...]
            guard !port.isEmpty, port.count <= 5, port.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }),
                let p = Int(String(decoding: port, as: UTF8.self)), p > 0, p < 65536
            else { return false }
            hostEnd = colon
        }
        let host = u[..<hostEnd]
        guard let first = host.first, (first >= 0x61 && first <= 0x7A) || (first >= 0x41 && first <= 0x5A) else {
            return false
        }
        guard
            host.allSatisfy({
                ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x41 && $0 <= 0x5A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2D
                    || $0 == 0x2E
            })
        else {
            return false
        }
        let text = String(decoding: host, as: UTF8.self).lowercased()
        if hostEnd < u.count { return text.contains("-") || text.contains(".") || KindHints.kind(forHost: text) != nil }
        return text.hasSuffix(".svc.cluster.local") || text.hasSuffix(".svc")
    }
}
