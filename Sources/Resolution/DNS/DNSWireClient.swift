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
                    results[q] = .failure("not a valid DNS name"); continue
                }
                pending[id] = Pending(question: q, packet: packet, sentAt: Socket.now(), attempts: 1)
                // A lost send is retried; an ICMP "port unreachable" surfaces here or in recv.
                if packet.withUnsafeBytes({ send(fd, $0.baseAddress, $0.count, 0) }) < 0 && errno == ECONNREFUSED { refused = true }
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
                        malformedSeen = "malformed reply from \(server) (no matching query)"; continue
                    }
                    do {
                        let response = try DNSMessage.decode(reply)
                        guard response.questionName == p.question.name, response.questionType == p.question.type.rawValue else {
                            malformedSeen = "malformed reply from \(server) (answers another question)"; continue
                        }
                        pending[id] = nil
                        if response.truncated { truncated.append(p.question) } else { results[p.question] = .response(response) }
                    } catch {
                        pending[id] = nil
                        results[p.question] = .failure("malformed reply from \(server): \(error)")
                    }
                }
            }
            if refused { // nothing listens on the server's port: every question ends now
                for (_, p) in pending { results[p.question] = .failure("connection refused by \(server) (nothing listens there)") }
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
                    if p.packet.withUnsafeBytes({ send(fd, $0.baseAddress, $0.count, 0) }) < 0 && errno == ECONNREFUSED { refused = true }
                } else {
                    pending[id] = nil
                    results[p.question] = .failure(malformedSeen ?? (refused ? "connection refused by \(server) (nothing listens there)" : nil) ?? "timeout (\(p.attempts) attempts of \(formatSeconds(timeout)) to \(server))")
                }
            }
        }
        for q in truncated { results[q] = tcpExchange(q) }
        return results
    }

    /// One question over TCP (RFC 1035 §4.2.2: two-byte length prefix), for truncated replies.
    func tcpExchange(_ q: DNSQuestion) -> DNSOutcome {
        let deadline = Socket.now() + timeout * Double(retries + 1)
        let (fd, error) = Socket.connect(to: server, stream: true)
        if let error { return .failure("TCP fallback: \(error)") }
        defer { close(fd) }
        guard Socket.wait(fd, write: true, until: deadline) else { return .failure("TCP fallback: connect timeout to \(server)") }
        var soError: Int32 = 0
        var len = socklen_t(MemoryLayout<Int32>.size)
        getsockopt(fd, SOL_SOCKET, SO_ERROR, &soError, &len)
        guard soError == 0 else { return .failure("TCP fallback: cannot connect to \(server) (errno \(soError))") }
        guard let packet = DNSMessage.query(id: UInt16.random(in: 0...UInt16.max), name: q.name, type: q.type) else {
            return .failure("not a valid DNS name")
        }
        let framed = [UInt8(packet.count >> 8), UInt8(packet.count & 0xFF)] + packet
        var sent = 0
        while sent < framed.count {
            guard Socket.wait(fd, write: true, until: deadline) else { return .failure("TCP fallback: timeout sending to \(server)") }
            let n = framed[sent...].withUnsafeBytes { send(fd, $0.baseAddress, $0.count, 0) }
            if n <= 0 { if errno == EAGAIN || errno == EINTR { continue }; return .failure("TCP fallback: send failed (errno \(errno))") }
            sent += n
        }
        var data: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 4096)
        while true {
            if data.count >= 2 {
                let want = Int(data[0]) << 8 | Int(data[1])
                if data.count >= 2 + want {
                    do { return .response(try DNSMessage.decode(Array(data[2..<(2 + want)]))) } catch {
                        return .failure("malformed reply from \(server) over TCP: \(error)")
                    }
                }
            }
            guard Socket.wait(fd, until: deadline) else { return .failure("timeout (TCP fallback to \(server))") }
            let n = recv(fd, &chunk, chunk.count, 0)
            if n == 0 { return .failure("malformed reply from \(server) over TCP: connection closed early") }
            if n < 0 { if errno == EAGAIN || errno == EINTR { continue }; return .failure("TCP fallback: receive failed (errno \(errno))") }
            data += chunk[0..<n]
        }
    }
}

func formatSeconds(_ s: Double) -> String {
    s == s.rounded() ? "\(Int(s)) s" : "\(s) s"
}
