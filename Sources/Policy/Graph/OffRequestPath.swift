import ResidencyCore

/// What the estate file marks `batch`: connections no user request waits on (a nightly export, a
/// reporting job). They still move and keep data, so residency and jurisdiction judge them as any
/// other; only the latency chains and the hop budget leave them out.
public struct OffRequestPath: Sendable, Hashable {
    public struct Connection: Sendable, Hashable {
        /// The component as the endpoint lists it (`order-service`, `api (compose docker-compose.yml)`).
        public var component: String
        public var endpointId: String

        public init(component: String, endpointId: String) {
            self.component = component
            self.endpointId = endpointId
        }
    }

    /// Endpoints every connection to which is batch (the host is marked).
    public var endpoints: Set<String>
    /// Single components' connections that are batch.
    public var connections: Set<Connection>

    public init(endpoints: Set<String> = [], connections: Set<Connection> = []) {
        self.endpoints = endpoints
        self.connections = connections
    }

    /// Whether `component`'s use of the endpoint is off the request path.
    func contains(component: String, endpointId: String) -> Bool {
        // Most estates mark nothing: then no id is hashed (asked for every endpoint's components).
        if endpoints.isEmpty && connections.isEmpty { return false }
        return endpoints.contains(endpointId)
            || connections.contains(Connection(component: component, endpointId: endpointId))
    }

    /// Whether no one waits on the endpoint: it is marked, or every component using it is.
    func contains(_ e: Endpoint) -> Bool {
        endpoints.contains(e.id)
            || (!e.components.isEmpty && e.components.allSatisfy { contains(component: $0, endpointId: e.id) })
    }
}
