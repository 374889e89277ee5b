#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Thin POSIX socket helpers for the DNS client: non-blocking, connected sockets to one server.
enum Socket {
    static func now() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }

    /// A non-blocking socket connected (UDP: bound to the peer, so only its replies arrive).
    static func connect(to server: DNSServerAddress, stream: Bool) -> (fd: Int32, error: String?) {
        let family = server.address.isIPv4 ? AF_INET : AF_INET6
        #if canImport(Glibc)
            let type = Int32(stream ? SOCK_STREAM.rawValue : SOCK_DGRAM.rawValue)
        #else
            let type = stream ? SOCK_STREAM : SOCK_DGRAM
        #endif
        let fd = socket(family, type, 0)
        guard fd >= 0 else { return (-1, "cannot open a socket (errno \(errno))") }
        _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK)
        var size: Int32 = 1 << 20
        setsockopt(fd, SOL_SOCKET, SO_RCVBUF, &size, socklen_t(MemoryLayout<Int32>.size))
        setsockopt(fd, SOL_SOCKET, SO_SNDBUF, &size, socklen_t(MemoryLayout<Int32>.size))
        let rc: Int32
        if server.address.isIPv4 {
            var sa = sockaddr_in()
            sa.sin_family = sa_family_t(AF_INET)
            sa.sin_port = server.port.bigEndian
            withUnsafeMutableBytes(of: &sa.sin_addr) { $0.copyBytes(from: server.address.bytes) }
            rc = withUnsafePointer(to: &sa) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                    Glibc.connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
                }
            }
        } else {
            var sa = sockaddr_in6()
            sa.sin6_family = sa_family_t(AF_INET6)
            sa.sin6_port = server.port.bigEndian
            withUnsafeMutableBytes(of: &sa.sin6_addr) { $0.copyBytes(from: server.address.bytes) }
            rc = withUnsafePointer(to: &sa) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                    Glibc.connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in6>.size))
                }
            }
        }
        if rc != 0 && errno != EINPROGRESS {
            let e = errno
            close(fd)
            return (-1, "cannot connect to \(server) (errno \(e))")
        }
        return (fd, nil)
    }

    /// Waits until `fd` is readable (or writable) or the deadline passes.
    static func wait(_ fd: Int32, write: Bool = false, until deadline: Double) -> Bool {
        while true {
            let remaining = deadline - now()
            if remaining <= 0 { return false }
            var p = pollfd(fd: fd, events: Int16(write ? POLLOUT : POLLIN), revents: 0)
            let rc = poll(&p, 1, Int32(max(1, (remaining * 1000).rounded(.up))))
            if rc > 0 { return true }
            if rc < 0 && errno != EINTR { return false }
        }
    }
}
