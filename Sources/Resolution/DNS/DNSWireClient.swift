#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Our own DNS client for `--dns-server`: many questions in flight on one UDP socket, each
/// retried once after the timeout, TCP for truncated replies. Everything ends: a silent server
/// is a `timeout`, a garbled reply is `malformed reply`, never a hang.
public struct DNSWireClient: Sendable {
    public let server: DNSServerAddress
    public let timeout: Double
    public let retries: Int
    /// Questions in flight at once (keeps the server's and our socket buffers from overflowing).
    public let window: Int

    public init(server: DNSServerAddress, timeout: Double = 2, retries: Int = 1, window: Int = 64) {
        self.server = server
        self.timeout = timeout
        self.retries = retries
        self.window = window
    }

    private struct Pending {
        let question: DNSQuestion
        let packet: [UInt8]
        var sentAt: Double
        var attempts: Int
    }

    /// Asks every question and returns an outcome for each.
    public func exchange(_ questions: [DNSQuestion]) -> [DNSQuestion: DNSOutcome] {
        var results: [DNSQuestion: DNSOutcome] = [:]
        var queue = Array(Set(questions))[...]
        guard !queue.isEmpty else { return results }
        let (fd, error) = Socket.connect(to: server, stream: false)
        if let error { return Dictionary(uniqueKeysWithValues: queue.map { ($0, .failure(error)) }) }
        defer { close(fd) }

        var pending: [UInt16: Pending] = [:]
        var nextID = UInt16.random(in: 0...UInt16.max)
        var truncated: [DNSQuestion] = []
        var malformedSeen: String?
        var refused = false
        var buffer = [UInt8](repeating: 0, count: 65_535)

        func allocateID() -> UInt16 {
            repeat { nextID &+= 1 } while pending[nextID] != nil
            return nextID
        }

        while !queue.isEmpty || !pending.isEmpty {
            // Fill the window.
            while pending.count < window, let q = queue.first {
                queue = queue.dropFirst()
                let id = allocateID()
                guard let packet = DNSMessage.query(id: id, name: q.name, type: q.type) else {
                    results[q] = .failure("not a valid DNS name")
                    continue
                }
                pending[id] = Pending(question: q, packet: packet, sentAt: Socket.now(), attempts: 1)
                // A lost send is retried; an ICMP "port unreachable" surfaces here or in recv.
                if packet.withUnsafeBytes({ send(fd, $0.baseAddress, $0.count, 0) }) < 0 && errno == ECONNREFUSED {
                    refused = true
                }
            }
            let soonest = pending.values.map(\.sentAt).min().map { $0 + timeout } ?? Socket.now()
            if Socket.wait(fd, until: soonest) {
                while true {
                    let n = recv(fd, &buffer, buffer.count, 0)
                    if n < 0 {
                        if errno == ECONNREFUSED { refused = true }
                        break
                    }
                    let reply = Array(buffer[0..<n])
                    guard let id = DNSMessage.id(of: reply), let p = pending[id] else {
                        malformedSeen = "malformed reply from \(server) (no matching query)"
                        continue
                    }
                    do {
                        let response = try DNSMessage.decode(reply)
                        guard response.questionName == p.question.name,
                            response.questionType == p.question.type.rawValue
                        else {
                            malformedSeen = "malformed reply from \(server) (answers another question)"
                            continue
                        }
                        pending[id] = nil
                        if response.truncated {
                            truncated.append(p.question)
                        } else {
                            results[p.question] = .response(response)
                        }
                    } catch {
                        pending[id] = nil
                        results[p.question] = .failure("malformed reply from \(server): \(error)")
                    }
                }
            }
            if refused {  // nothing listens on the server's port: every question ends now
                for (_, p) in pending {
                    results[p.question] = .failure("connection refused by \(server) (nothing listens there)")
                }
                for q in queue { results[q] = .failure("connection refused by \(server) (nothing listens there)") }
                pending.removeAll()
                queue = []
                break
            }
            // Retry or give up on questions past their timeout.
            let now = Socket.now()
            for (id, var p) in pending where now - p.sentAt >= timeout {
                if p.attempts <= retries {
                    p.attempts += 1
                    p.sentAt = now
                    pending[id] = p
                    if p.packet.withUnsafeBytes({ send(fd, $0.baseAddress, $0.count, 0) }) < 0 && errno == ECONNREFUSED
                    {
                        refused = true
                    }
                } else {
                    pending[id] = nil
                    results[p.question] = .failure(
                        malformedSeen ?? (refused ? "connection refused by \(server) (nothing listens there)" : nil)
                            ?? "timeout (\(p.attempts) attempts of \(formatSeconds(timeout)) to \(server))")
                }
            }
        }
        results.merge(tcpExchange(truncated)) { _, tcp in tcp }
        return results
    }

    /// Connections open at once for TCP fallbacks (well under the usual 1,024 descriptors).
    static let tcpWindow = 256

    /// Every truncated question over TCP (RFC 1035 §4.2.2: two-byte length prefix), all at once
    /// on non-blocking sockets and under one deadline (timeout × attempts, as a UDP question):
    /// a server that answers TC and then stalls on TCP costs one deadline for the whole batch,
    /// not one per question in turn.
    func tcpExchange(_ questions: [DNSQuestion]) -> [DNSQuestion: DNSOutcome] {
        let deadline = Socket.now() + timeout * Double(retries + 1)
        var results: [DNSQuestion: DNSOutcome] = [:]
        var waiting = questions[...]
        var open: [TCPQuery] = []
        defer { for c in open { close(c.fd) } }
        while !waiting.isEmpty || !open.isEmpty {
            while open.count < Self.tcpWindow, let q = waiting.first {
                waiting = waiting.dropFirst()
                switch TCPQuery.start(q, server: server) {
                case .success(let c): open.append(c)
                case .failure(let f): results[q] = f.outcome
                }
            }
            let remaining = deadline - Socket.now()
            if remaining <= 0 { break }
            var fds = open.map { pollfd(fd: $0.fd, events: Int16($0.isSending ? POLLOUT : POLLIN), revents: 0) }
            let rc = poll(&fds, nfds_t(fds.count), Int32(max(1, (remaining * 1000).rounded(.up))))
            if rc < 0 && errno != EINTR { break }
            guard rc > 0 else { continue }
            var still: [TCPQuery] = []
            for (k, var c) in open.enumerated() {
                guard fds[k].revents != 0, let outcome = c.step(server: server) else {
                    still.append(c)
                    continue
                }
                results[c.question] = outcome
                close(c.fd)
            }
            open = still
        }
        for c in open { results[c.question] = .failure(c.timeoutReason(server: server)) }
        for q in waiting { results[q] = .failure("timeout (TCP fallback to \(server): no time left to ask)") }
        return results
    }
}

/// One question's TCP fallback, advanced by `step` whenever its socket is ready.
struct TCPQuery {
    let question: DNSQuestion
    let fd: Int32
    private let framed: [UInt8]
    private var sent = 0
    private var connected = false
    private var data: [UInt8] = []

    var isSending: Bool { sent < framed.count }

    static func start(_ q: DNSQuestion, server: DNSServerAddress) -> Result<TCPQuery, TCPFailure> {
        guard let packet = DNSMessage.query(id: UInt16.random(in: 0...UInt16.max), name: q.name, type: q.type) else {
            return .failure(TCPFailure(.failure("not a valid DNS name")))
        }
        let (fd, error) = Socket.connect(to: server, stream: true)
        if let error { return .failure(TCPFailure(.failure("TCP fallback: \(error)"))) }
        return .success(
            TCPQuery(question: q, fd: fd, framed: [UInt8(packet.count >> 8), UInt8(packet.count & 0xFF)] + packet))
    }

    /// Sends or reads what the socket allows; the outcome once there is one.
    mutating func step(server: DNSServerAddress) -> DNSOutcome? {
        if isSending {
            if !connected {
                var soError: Int32 = 0
                var len = socklen_t(MemoryLayout<Int32>.size)
                getsockopt(fd, SOL_SOCKET, SO_ERROR, &soError, &len)
                guard soError == 0 else {
                    return .failure("TCP fallback: cannot connect to \(server) (errno \(soError))")
                }
                connected = true
            }
            let n = framed[sent...].withUnsafeBytes { send(fd, $0.baseAddress, $0.count, 0) }
            if n < 0 {
                return errno == EAGAIN || errno == EINTR ? nil : .failure("TCP fallback: send failed (errno \(errno))")
            }
            sent += n
            return nil
        }
        var chunk = [UInt8](repeating: 0, count: 4096)
        let n = recv(fd, &chunk, chunk.count, 0)
        if n == 0 { return .failure("malformed reply from \(server) over TCP: connection closed early") }
        if n < 0 {
            return errno == EAGAIN || errno == EINTR ? nil : .failure("TCP fallback: receive failed (errno \(errno))")
        }
        data += chunk[0..<n]
        guard data.count >= 2 else { return nil }
        let want = Int(data[0]) << 8 | Int(data[1])
        guard data.count >= 2 + want else { return nil }
        do { return .response(try DNSMessage.decode(Array(data[2..<(2 + want)]))) } catch {
            return .failure("malformed reply from \(server) over TCP: \(error)")
        }
    }

    func timeoutReason(server: DNSServerAddress) -> String {
        if !connected { return "TCP fallback: connect timeout to \(server)" }
        if isSending { return "TCP fallback: timeout sending to \(server)" }
        return "timeout (TCP fallback to \(server))"
    }
}

/// A TCP fallback that ended before it started (no socket, not a valid name).
struct TCPFailure: Error {
    let outcome: DNSOutcome
    init(_ outcome: DNSOutcome) { self.outcome = outcome }
}

func formatSeconds(_ s: Double) -> String {
    s == s.rounded() ? "\(Int(s)) s" : "\(s) s"
}
