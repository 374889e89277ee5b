import ResidencyCore

/// Address and SRV lookups over `DNSWireClient`, in rounds: every name still being chased is
/// asked at once (A and AAAA together), CNAME chains are followed through each reply and, when
/// a reply stops at a CNAME target, asked again for that target. One cache serves the whole run.
final class WireLookup {
    static let maxChain = 8
    let client: DNSWireClient
    private(set) var cache: [DNSQuestion: DNSOutcome] = [:]

    init(client: DNSWireClient) {
        self.client = client
    }

    func ask(_ questions: [DNSQuestion]) {
        let missing = questions.filter { cache[$0] == nil }
        guard !missing.isEmpty else { return }
        cache.merge(client.exchange(missing)) { _, new in new }
    }

    private struct Chase {
        var current: String
        var chain: [String] = []
        var seen: Set<String>
        var result: AddressChain?
    }

    func addresses(_ names: [String]) -> [String: AddressChain] {
        var chases: [String: Chase] = [:]
        for n in Set(names) { chases[n] = Chase(current: n, seen: [n]) }
        while chases.values.contains(where: { $0.result == nil }) {
            let open = chases.filter { $0.value.result == nil }
            ask(
                open.values.flatMap {
                    [DNSQuestion(name: $0.current, type: .a), DNSQuestion(name: $0.current, type: .aaaa)]
                })
            for (name, var c) in open {
                step(&c)
                chases[name] = c
            }
        }
        return chases.mapValues { $0.result! }
    }

    /// Follows `c` through the cached replies for its current name; sets `result` when it ends.
    private func step(_ c: inout Chase) {
        let outcomes = [
            cache[DNSQuestion(name: c.current, type: .a)], cache[DNSQuestion(name: c.current, type: .aaaa)],
        ].compactMap { $0 }
        let responses = outcomes.compactMap { if case .response(let r) = $0 { r } else { nil } }
        let records = responses.flatMap(\.answers)
        var cur = c.current
        while let target = records.first(where: { $0.name == cur && $0.data.cnameTarget != nil })?.data.cnameTarget {
            if c.seen.contains(target) {
                c.result = AddressChain(
                    chain: c.chain + [target], reason: "CNAME loop: \(cur) points back to \(target)")
                return
            }
            c.chain.append(target)
            c.seen.insert(target)
            if c.chain.count > Self.maxChain {
                c.result = AddressChain(chain: c.chain, reason: "CNAME chain longer than \(Self.maxChain)")
                return
            }
            cur = target
        }
        let addresses = Set(records.filter { $0.name == cur }.compactMap(\.data.address)).sorted()
        if !addresses.isEmpty {
            c.result = AddressChain(chain: c.chain, addresses: addresses)
            return
        }
        let moved = cur != c.current
        if responses.contains(where: { $0.rcode == 3 }) {
            c.result = AddressChain(chain: c.chain, reason: "NXDOMAIN (\(cur))")
        } else if moved && !responses.isEmpty {
            c.current = cur  // the reply stopped at the CNAME target: ask for it next round
        } else if responses.contains(where: { $0.rcode == 2 }) {
            c.result = AddressChain(chain: c.chain, reason: "SERVFAIL (\(cur))")
        } else if let r = responses.first(where: { $0.rcode != 0 }) {
            c.result = AddressChain(chain: c.chain, reason: "DNS error rcode \(r.rcode) (\(cur))")
        } else if let failure = outcomes.compactMap({ if case .failure(let f) = $0 { f } else { nil } }).first,
            responses.isEmpty
        {
            c.result = AddressChain(chain: c.chain, reason: failure)
        } else {
            c.result = AddressChain(chain: c.chain, reason: "no A or AAAA records (\(cur))")
        }
    }

    /// SRV records of each name (`_mongodb._tcp.cluster0.example.net`), by priority then weight.
    func srv(_ names: [String]) -> [String: (targets: [(host: String, port: UInt16)], reason: String?)] {
        ask(names.map { DNSQuestion(name: $0, type: .srv) })
        var out: [String: (targets: [(host: String, port: UInt16)], reason: String?)] = [:]
        for name in names {
            switch cache[DNSQuestion(name: name, type: .srv)] {
            case .response(let r):
                let srv = r.answers.compactMap { rec -> (UInt16, UInt16, String, UInt16)? in
                    if case .srv(let p, let w, let port, let target) = rec.data {
                        return (p, w, target, port)
                    } else {
                        return nil
                    }
                }.sorted { ($0.0, UInt16.max - $0.1, $0.2) < ($1.0, UInt16.max - $1.1, $1.2) }
                let targets = srv.filter { !$0.2.isEmpty }.map { (host: $0.2, port: $0.3) }
                if !targets.isEmpty {
                    out[name] = (targets, nil)
                } else if r.rcode == 3 {
                    out[name] = ([], "NXDOMAIN (\(name))")
                } else if r.rcode == 2 {
                    out[name] = ([], "SERVFAIL (\(name))")
                } else if r.rcode != 0 {
                    out[name] = ([], "DNS error rcode \(r.rcode) (\(name))")
                } else {
                    out[name] = ([], "no SRV records (\(name))")
                }
            case .failure(let f): out[name] = ([], f)
            case nil: out[name] = ([], "no answer")
            }
        }
        return out
    }
}

extension DNSRecordData {
    var cnameTarget: String? { if case .cname(let t) = self { t } else { nil } }
    var address: IPAddress? { if case .address(let a) = self { a } else { nil } }
}
