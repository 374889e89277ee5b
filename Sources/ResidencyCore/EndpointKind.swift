/// What speaks at the other end. The raw values are part of the JSON contract.
public enum EndpointKind: String, Sendable, Codable, CaseIterable, Comparable {
    case postgres, mysql, mssql, oracle, mongodb, redis, memcached, elasticsearch, cassandra
    case kafka, amqp, nats, s3, http, grpc, smtp, other

    public static func < (lhs: EndpointKind, rhs: EndpointKind) -> Bool { lhs.rawValue < rhs.rawValue }

    /// The role an endpoint of this kind plays unless its context says more.
    public var defaultRole: EndpointRole {
        switch self {
        case .postgres, .mysql, .mssql, .oracle, .mongodb, .redis, .memcached, .elasticsearch, .cassandra:
            return .datastore
        case .kafka, .amqp, .nats:
            return .queue
        case .s3:
            return .objectStorage
        case .http, .grpc:
            return .upstream
        case .smtp, .other:
            return .other
        }
    }

    /// The port a client uses when none is written (IANA registrations and the products' defaults).
    public var defaultPort: Int? {
        switch self {
        case .postgres: return 5432
        case .mysql: return 3306
        case .mssql: return 1433
        case .oracle: return 1521
        case .mongodb: return 27017
        case .redis: return 6379
        case .memcached: return 11211
        case .elasticsearch: return 9200
        case .cassandra: return 9042
        case .kafka: return 9092
        case .amqp: return 5672
        case .nats: return 4222
        case .s3: return 443
        case .http: return 80
        case .grpc: return 443
        case .smtp: return 25
        case .other: return nil
        }
    }
}

/// Why the endpoint matters to residency: persistence (datastore, queue, object storage) is judged
/// more strictly than a transfer to an upstream or a telemetry sink.
public enum EndpointRole: String, Sendable, Codable, CaseIterable, Comparable {
    case datastore
    case queue
    case objectStorage = "object-storage"
    case upstream
    case telemetry
    case other

    public static func < (lhs: EndpointRole, rhs: EndpointRole) -> Bool { lhs.rawValue < rhs.rawValue }

    /// Persistence roles keep personal data at rest (GDPR Art. 44 applies to where it is stored).
    public var isPersistence: Bool { self == .datastore || self == .queue || self == .objectStorage }
}
