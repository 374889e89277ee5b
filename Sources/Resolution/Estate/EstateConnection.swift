import ResidencyCore

/// Whether a connection is on the request path. A `batch` connection (a nightly export, a
/// reporting job) still moves data, so it counts for residency and jurisdiction, but no user waits
/// on it: it leaves the latency chains and the hop budget.
public enum EstatePurpose: String, Hashable, Sendable, CaseIterable {
    case request
    case batch
}

/// `connections:` entry: one component's connections to a host (or glob) and their purpose.
public struct EstateConnection: Hashable, Sendable {
    /// A component as the scan names it (a workload, a compose service), without its compose file.
    public let from: String
    public let to: String
    public let purpose: EstatePurpose
    public let line: Int?
    let glob: Glob

    public init(from: String, to: String, purpose: EstatePurpose, line: Int?) {
        self.from = from
        self.to = to.lowercased()
        self.purpose = purpose
        self.line = line
        glob = .host(to)
    }

    /// Whether this entry covers `component`'s use of a host of `names` (an endpoint's host and aliases).
    public func covers(component: String, names: [String]) -> Bool {
        ComponentName.plain(component) == from && names.contains { glob.matches($0.lowercased()) }
    }
}
