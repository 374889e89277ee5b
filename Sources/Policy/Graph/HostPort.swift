/// A `host:port` as nginx `server` lines and pass targets write it (`[2001:db8::1]:80`,
/// `user-service.shop.svc.cluster.local:80`, `http://backend/path`, `backend`). `unix:` sockets
/// and targets with variables are not hosts. Parsed on UTF-8 bytes: there is one per route.
struct HostPort: Hashable, Sendable {
    var host: String
    var port: Int?

    init?(_ text: String) {
        var bytes = Array(text.utf8)
        if bytes.isEmpty || bytes.contains(UInt8(ascii: "$")) || text.hasPrefix("unix:") { return nil }
        for i in bytes.indices where bytes[i] >= 0x41 && bytes[i] <= 0x5A { bytes[i] += 0x20 }
        var start = 0
        var end = bytes.count
        if let colon = bytes.firstIndex(of: UInt8(ascii: ":")), colon + 2 < end,
            bytes[colon + 1] == UInt8(ascii: "/"), bytes[colon + 2] == UInt8(ascii: "/")
        {
            start = colon + 3
        }
        if let slash = bytes[start...].firstIndex(of: UInt8(ascii: "/")) { end = slash }
        var hostRange = start..<end
        var portRange: Range<Int>?
        if start < end, bytes[start] == UInt8(ascii: "["),
            let close = bytes[start..<end].firstIndex(of: UInt8(ascii: "]"))
        {
            hostRange = (start + 1)..<close
            if close + 1 < end, bytes[close + 1] == UInt8(ascii: ":") { portRange = (close + 2)..<end }
        } else {
            let colons = bytes[start..<end].indices.filter { bytes[$0] == UInt8(ascii: ":") }
            if colons.count == 1 {
                hostRange = start..<colons[0]
                portRange = (colons[0] + 1)..<end
            }
        }
        if hostRange.upperBound > hostRange.lowerBound, bytes[hostRange.upperBound - 1] == UInt8(ascii: ".") {
            hostRange = hostRange.lowerBound..<(hostRange.upperBound - 1)
        }
        guard !hostRange.isEmpty else { return nil }
        host = String(decoding: bytes[hostRange], as: UTF8.self)
        port = portRange.flatMap { Int(String(decoding: bytes[$0], as: UTF8.self)) }
    }
}
