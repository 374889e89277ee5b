import Foundation
import ResidencyCore

@testable import Resolving

#if canImport(Glibc)
    import Glibc
#endif

/// A real dnsmasq on a free loopback port, serving only what the test configures: `--no-resolv`
/// and `--local=/test/` mean it never forwards anything off the box.
final class DNSMasq {
    static let path = "/usr/sbin/dnsmasq"
    static var isAvailable: Bool { FileManager.default.isExecutableFile(atPath: path) }

    let process = Process()
    let port: UInt16
    var server: DNSServerAddress { DNSServerAddress(address: IPAddress("127.0.0.1")!, port: port) }

    init(_ records: [String]) throws {
        port = freeLoopbackPort()
        process.executableURL = URL(fileURLWithPath: Self.path)
        // An empty config file of our own (not /dev/null, which a broken neighbour may have replaced).
        let emptyConf = FileManager.default.temporaryDirectory.appendingPathComponent(
            "dnsmasq-\(port)-\(UUID().uuidString).conf")
        try Data().write(to: emptyConf)
        defer { try? FileManager.default.removeItem(at: emptyConf) }
        process.arguments =
            [
                "--no-daemon", "--port=\(port)", "--listen-address=127.0.0.1", "--bind-interfaces",
                "--no-resolv", "--no-hosts", "--conf-file=\(emptyConf.path)", "--local=/test/", "--cache-size=0",
                "--pid-file=", "--user=\(NSUserName())",
            ] + records
        let log = FileManager.default.temporaryDirectory.appendingPathComponent(
            "dnsmasq-\(port)-\(UUID().uuidString).log")
        try Data().write(to: log)
        process.standardError = try FileHandle(forWritingTo: log)
        defer { try? FileManager.default.removeItem(at: log) }
        try process.run()
        // Ready when it answers.
        let probe = DNSWireClient(server: server, timeout: 0.1, retries: 0)
        for _ in 0..<50 {
            if case .response = probe.exchange([DNSQuestion(name: "probe.test", type: .a)]).values.first { return }
            usleep(50_000)
        }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        throw StartFailure(
            description: "dnsmasq did not answer on 127.0.0.1:\(port): "
                + ((try? String(contentsOf: log, encoding: .utf8)) ?? ""))
    }

    deinit {
        // SIGKILL: the test process's blocked-signal mask is inherited, so SIGTERM may never land.
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }
}

struct StartFailure: Error, CustomStringConvertible {
    let description: String
}

/// A loopback UDP "DNS server" that misbehaves on purpose: never answers, answers garbage,
/// answers with a CNAME loop, or answers "truncated" (TC) and then accepts the TCP retry on the
/// same port but never says a word on it.
final class MisbehavingServer: @unchecked Sendable {
    enum Behaviour: Sendable { case silent, garbage, cnameLoop, truncatedThenStalledTCP, escapeCNAME }

    let fd: Int32
    let port: UInt16
    private let lock = NSLock()
    private var stopped = false
    private(set) var received = 0
    var server: DNSServerAddress { DNSServerAddress(address: IPAddress("127.0.0.1")!, port: port) }

    init(_ behaviour: Behaviour) {
        let sock = socket(AF_INET, Int32(SOCK_DGRAM.rawValue), 0)
        fd = sock
        var sa = sockaddr_in()
        sa.sin_family = sa_family_t(AF_INET)
        sa.sin_addr.s_addr = inet_addr("127.0.0.1")
        sa.sin_port = 0
        _ = withUnsafePointer(to: &sa) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(sock, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        var len = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &sa) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(sock, $0, &len) }
        }
        port = UInt16(bigEndian: sa.sin_port)
        let fd = sock
        if behaviour == .truncatedThenStalledTCP { startStalledTCPListener() }
        Thread.detachNewThread { [self] in
            var buffer = [UInt8](repeating: 0, count: 4096)
            while !isStopped {
                var p = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
                guard poll(&p, 1, 50) > 0 else { continue }
                var from = sockaddr_storage()
                var fromLen = socklen_t(MemoryLayout<sockaddr_storage>.size)
                let n = withUnsafeMutablePointer(to: &from) {
                    $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                        recvfrom(fd, &buffer, buffer.count, 0, $0, &fromLen)
                    }
                }
                guard n > 0 else { continue }
                lock.lock()
                received += 1
                lock.unlock()
                let query = Array(buffer[0..<n])
                let reply: [UInt8]
                switch behaviour {
                case .silent: continue
                case .garbage: reply = [query[0], query[1], 0x81, 0x80, 0xFF, 0xFF, 0x13, 0x37]
                case .cnameLoop: reply = Self.loopReply(query)
                case .truncatedThenStalledTCP: reply = Self.truncatedReply(query)
                case .escapeCNAME: reply = Self.escapeReply(query)
                }
                _ = withUnsafePointer(to: &from) {
                    $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                        sendto(fd, reply, reply.count, 0, $0, fromLen)
                    }
                }
            }
            close(fd)
        }
    }

    private var isStopped: Bool {
        lock.lock()
        defer { lock.unlock() }
        return stopped
    }

    func stop() {
        lock.lock()
        stopped = true
        lock.unlock()
    }

    deinit { stop() }

    /// Accepts TCP connections on the server's port and holds them open, silent, until stopped.
    private func startStalledTCPListener() {
        let tcp = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var one: Int32 = 1
        setsockopt(tcp, SOL_SOCKET, SO_REUSEADDR, &one, socklen_t(MemoryLayout<Int32>.size))
        var sa = sockaddr_in()
        sa.sin_family = sa_family_t(AF_INET)
        sa.sin_addr.s_addr = inet_addr("127.0.0.1")
        sa.sin_port = port.bigEndian
        _ = withUnsafePointer(to: &sa) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(tcp, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        listen(tcp, 1024)
        Thread.detachNewThread { [self] in
            var held: [Int32] = []
            while !isStopped {
                var p = pollfd(fd: tcp, events: Int16(POLLIN), revents: 0)
                guard poll(&p, 1, 50) > 0 else { continue }
                let client = accept(tcp, nil, nil)
                if client >= 0 {
                    held.append(client)
                    lock.lock()
                    acceptedTCP += 1
                    lock.unlock()
                }
            }
            for c in held { close(c) }
            close(tcp)
        }
    }

    private(set) var acceptedTCP = 0

    /// The query's header and question (not its OPT record), flags set (`0x81`: QR and RD;
    /// `0x83`: with TC), RA, and `answers` answer records announced; the caller appends them.
    static func echoedQuestion(_ query: [UInt8], flags: UInt8, answers: UInt8) -> [UInt8] {
        var offset = 12
        _ = try? DNSMessage.readName(query, &offset)
        var reply = Array(query[0..<(offset + 4)])
        reply[2] = flags
        reply[3] = 0x80
        for i in 6...11 { reply[i] = 0 }
        reply[7] = answers
        return reply
    }

    /// The question echoed with QR and TC set, no records: "ask again over TCP".
    static func truncatedReply(_ query: [UInt8]) -> [UInt8] {
        echoedQuestion(query, flags: 0x83, answers: 0)
    }

    /// The question echoed, answered with a CNAME whose target holds a terminal escape sequence
    /// and a line break (a DNS label may hold any byte).
    static func escapeReply(_ query: [UInt8]) -> [UInt8] {
        var reply = Self.echoedQuestion(query, flags: 0x81, answers: 1)
        let label = Array("evil\u{1B}]0;pwned\u{07}\nFORGED line".utf8)
        let target = [UInt8(label.count)] + label + [4] + Array("test".utf8) + [0]
        reply += [0xC0, 0x0C, 0, 5, 0, 1, 0, 0, 0, 60, UInt8(target.count >> 8), UInt8(target.count & 0xFF)] + target
        return reply
    }

    /// Echo the question (up to, not including, the OPT record) and answer: loop-a.test CNAME
    /// loop-b.test, loop-b.test CNAME loop-a.test.
    static func loopReply(_ query: [UInt8]) -> [UInt8] {
        var reply = Self.echoedQuestion(query, flags: 0x81, answers: 2)
        for (owner, target) in [("loop-a.test", "loop-b.test"), ("loop-b.test", "loop-a.test")] {
            let t = DNSMessage.encodeName(target)!
            reply +=
                DNSMessage.encodeName(owner)! + [0, 5, 0, 1, 0, 0, 0, 60, UInt8(t.count >> 8), UInt8(t.count & 0xFF)]
                + t
        }
        return reply
    }
}

/// A port nothing listens on right now (UDP and TCP), on 127.0.0.1.
func freeLoopbackPort() -> UInt16 {
    for _ in 0..<20 {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var sa = sockaddr_in()
        sa.sin_family = sa_family_t(AF_INET)
        sa.sin_addr.s_addr = inet_addr("127.0.0.1")
        sa.sin_port = 0
        _ = withUnsafePointer(to: &sa) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        var len = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &sa) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &len) }
        }
        let port = UInt16(bigEndian: sa.sin_port)
        if port > 1024 { return port }
    }
    return 15_353
}
