import Foundation
import ResidencyCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The system resolver (`getaddrinfo`, so /etc/hosts, search domains and nsswitch apply), run on
/// detached threads so that a resolver stuck in libc cannot hang the run: past the deadline the
/// name ends as a timeout and its thread is left to finish on its own.
public struct SystemResolver: Sendable {
    public let timeout: Double
    public let concurrency: Int

    public init(timeout: Double = 4, concurrency: Int = 32) {
        self.timeout = timeout
        self.concurrency = concurrency
    }

    private final class Results: @unchecked Sendable {
        let lock = NSLock()
        var values: [String: AddressChain] = [:]
        func set(_ name: String, _ value: AddressChain) {
            lock.lock()
            values[name] = value
            lock.unlock()
        }
        func get(_ name: String) -> AddressChain? {
            lock.lock()
            defer { lock.unlock() }
            return values[name]
        }
    }

    public func lookup(_ names: [String]) -> [String: AddressChain] {
        let results = Results()
        let slots = DispatchSemaphore(value: concurrency)
        let done = DispatchSemaphore(value: 0)
        var started: [String] = []
        var lastStart = Socket.now()
        for name in Set(names).sorted() {
            guard slots.wait(timeout: .now() + timeout) == .success else { break }
            started.append(name)
            lastStart = Socket.now()
            Thread.detachNewThread {
                results.set(name, SystemResolver.getaddrinfo(name))
                slots.signal()
                done.signal()
            }
        }
        let deadline = lastStart + timeout
        for _ in started {
            let remaining = deadline - Socket.now()
            if remaining <= 0 || done.wait(timeout: .now() + remaining) == .timedOut { break }
        }
        var out: [String: AddressChain] = [:]
        for name in Set(names) {
            out[name] =
                results.get(name) ?? AddressChain(reason: "timeout (system resolver, \(formatSeconds(timeout)))")
        }
        return out
    }

    static func getaddrinfo(_ name: String) -> AddressChain {
        var hints = addrinfo()
        hints.ai_family = AF_UNSPEC
        hints.ai_flags = AI_CANONNAME
        #if canImport(Glibc)
            hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        #else
            hints.ai_socktype = SOCK_STREAM
        #endif
        var list: UnsafeMutablePointer<addrinfo>?
        let rc = Glibc.getaddrinfo(name, nil, &hints, &list)
        guard rc == 0, let first = list else {
            switch rc {
            case EAI_NONAME: return AddressChain(reason: "NXDOMAIN (no such host, system resolver)")
            case EAI_AGAIN: return AddressChain(reason: "SERVFAIL or timeout (temporary failure, system resolver)")
            case -5: return AddressChain(reason: "no A or AAAA records (system resolver)")  // glibc EAI_NODATA
            default: return AddressChain(reason: "system resolver: \(String(cString: gai_strerror(rc)))")
            }
        }
        defer { freeaddrinfo(list) }
        var chain: [String] = []
        if let canon = first.pointee.ai_canonname {
            let c = String(cString: canon).lowercased()
            if c != name.lowercased() && !c.isEmpty { chain.append(c) }
        }
        var addresses: [IPAddress] = []
        var p: UnsafeMutablePointer<addrinfo>? = first
        while let ai = p {
            if ai.pointee.ai_family == AF_INET, let sa = ai.pointee.ai_addr {
                let bytes = sa.withMemoryRebound(to: sockaddr_in.self, capacity: 1) { s in
                    withUnsafeBytes(of: s.pointee.sin_addr) { Array($0) }
                }
                if let ip = IPAddress(bytes: bytes), !addresses.contains(ip) { addresses.append(ip) }
            } else if ai.pointee.ai_family == AF_INET6, let sa = ai.pointee.ai_addr {
                let bytes = sa.withMemoryRebound(to: sockaddr_in6.self, capacity: 1) { s in
                    withUnsafeBytes(of: s.pointee.sin6_addr) { Array($0) }
                }
                if let ip = IPAddress(bytes: bytes), !addresses.contains(ip) { addresses.append(ip) }
            }
            p = ai.pointee.ai_next
        }
        return AddressChain(chain: chain, addresses: addresses.sorted())
    }
}
