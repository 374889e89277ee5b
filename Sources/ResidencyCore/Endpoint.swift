import Dispatch

/// A datastore, queue, object store, upstream or telemetry sink, with every place it is written.
public struct Endpoint: Hashable, Sendable, Codable {
    public var id: String
    public var host: String
    public var port: Int?
    public var scheme: String
    public var kind: EndpointKind
    public var role: EndpointRole
    public var tls: Bool
    /// Sorted by (path, line, column).
    public var sources: [SourceLocation]
    /// Components (workloads, compose services, nginx servers) that use it, sorted.
    public var components: [String]
    /// The region infrastructure-as-code declares for it, when it has no hostname yet.
    public var placement: CloudPlacement?

    public init(
        id: String, host: String, port: Int?, scheme: String, kind: EndpointKind, role: EndpointRole,
        tls: Bool, sources: [SourceLocation], components: [String], placement: CloudPlacement? = nil
    ) {
        self.id = id
        self.host = host
        self.port = port
        self.scheme = scheme
        self.kind = kind
        self.role = role
        self.tls = tls
        self.sources = sources
        self.components = components
        self.placement = placement
    }

    /// The first place it is written: where a finding about it points.
    public var primarySource: SourceLocation? { sources.first }

    /// Groups references into endpoints, one per (host, port, kind), deterministically ordered by
    /// their first source. Two references at the same place keep the one with the richer context.
    public static func merge(_ references: [EndpointReference]) -> [Endpoint] {
        // Shards by key hash, merged side by side: equal keys meet in one shard, and the order
        // comes from the sort below, not from the shards.
        let shards = references.count < 4_096 ? 1 : 16
        let keys = references.concurrentMap { $0.key }
        let shardOf = keys.concurrentMap {
            UInt8(truncatingIfNeeded: Int(bitPattern: UInt(bitPattern: $0.hashValue) % UInt(shards)))
        }
        let merged = ChunkResults<Endpoint>(count: shards)
        DispatchQueue.concurrentPerform(iterations: shards) { shard in
            // Groups hold indices, not copies: a copy of every reference doubled the memory of a
            // scan whose files hold a million of them.
            var groups: [EndpointKey: [Int]] = [:]
            for i in references.indices where shards == 1 || Int(shardOf[i]) == shard {
                groups[keys[i], default: []].append(i)
            }
            var endpoints: [Endpoint] = []
            endpoints.reserveCapacity(groups.count)
            for (key, indices) in groups { endpoints.append(endpoint(key, references: references, at: indices)) }
            merged[shard] = endpoints
        }
        var endpoints = merged.joined()
        sortInSourceOrder(&endpoints)
        return endpoints
    }

    /// One endpoint from the references to one key.
    private static func endpoint(_ key: EndpointKey, references: [EndpointReference], at indices: [Int]) -> Endpoint {
        // Most endpoints of a large estate are written once: nothing to choose between.
        if indices.count == 1 {
            let ref = references[indices[0]]
            return Endpoint(
                id: key.id, host: key.host, port: key.port, scheme: ref.scheme, kind: key.kind,
                role: ref.role, tls: ref.tls, sources: [ref.location],
                components: ref.component.map { [$0] } ?? [], placement: ref.placement)
        }
        let refs = indices.lazy.map { references[$0] }
        var byPlace: [String: SourceLocation] = [:]
        for ref in refs {
            let place = "\(ref.location.path)\u{0}\(ref.location.line)\u{0}\(ref.location.column)"
            if let existing = byPlace[place], existing.context.count >= ref.location.context.count { continue }
            byPlace[place] = ref.location
        }
        let sources = byPlace.values.sorted()
        // The most specific role wins: a datastore seen once as "other" is still a datastore.
        let role = refs.map(\.role).min { rolePriority($0) < rolePriority($1) } ?? key.kind.defaultRole
        let scheme = refs.map(\.scheme).sorted().first ?? key.kind.rawValue
        let components = Set(refs.compactMap(\.component)).sorted()
        return Endpoint(
            id: key.id, host: key.host, port: key.port, scheme: scheme, kind: key.kind,
            role: role, tls: refs.contains { $0.tls }, sources: sources,
            components: components, placement: refs.compactMap(\.placement).first)
    }

    /// By first source, then id. Tens of thousands of endpoints: their first sources are ranked by
    /// integer keys (the path's place among the distinct paths, line, column) and positions are
    /// sorted; the full comparison decides only where those keys tie or a source is missing.
    private static func sortInSourceOrder(_ endpoints: inout [Endpoint]) {
        @Sendable func less(_ lhs: Endpoint, _ rhs: Endpoint) -> Bool {
            switch (lhs.primarySource, rhs.primarySource) {
            case (let l?, let r?) where l != r: return l < r
            default: return lhs.id < rhs.id
            }
        }
        let rank = sortedRanks(endpoints.compactMap { $0.sources.first?.path })
        let keys = endpoints.map { e in e.sources.first.map { (rank[$0.path]!, $0.line, $0.column) } }
        let order = endpoints.withUnsafeBufferPointer { buffer in
            // Read only, and only while the sort runs (on all cores).
            nonisolated(unsafe) let e = buffer
            return sortedPositions(count: e.count) { a, b in
                if let ka = keys[a], let kb = keys[b], ka != kb { return ka < kb }
                return less(e[a], e[b])
            }
        }
        endpoints.arrange(inOrder: order)
    }

    private static func rolePriority(_ role: EndpointRole) -> Int {
        switch role {
        case .datastore: return 0
        case .objectStorage: return 1
        case .queue: return 2
        case .telemetry: return 3
        case .upstream: return 4
        case .other: return 5
        }
    }
}
