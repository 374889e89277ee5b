import ResidencyCore

/// What a key name, a port or a host name says about the endpoint behind a value.
public enum KindHints {
    /// Key names whose value is a host, host list or URL (`DB_HOST`, `spring.kafka.bootstrap-servers`,
    /// `SENTRY_DSN`). Matched against the key's tokens (split on `_ . - /` and camelCase).
    static let hostKeyTokens: Set<String> = [
        "host", "hosts", "hostname", "server", "servers", "endpoint", "endpoints", "addr", "address", "addresses",
        "url", "urls", "uri", "uris", "dsn", "broker", "brokers", "bootstrap", "nodes", "seeds", "contactpoints",
        "connectionstring", "connection", "conn", "constr", "connstr",
        // Kafka KRaft's `controller.quorum.voters` (`1@broker:29093`); proxies' `upstream`.
        "voters", "upstream", "upstreams",
    ]

    /// Last tokens of keys that name an address or a DNS server (`ROUTER_IP`, `PIHOLE_DNS_`,
    /// `nameservers`): hosts only when the value is IP literals.
    static let addressKeyTokens: Set<String> = ["ip", "ips", "dns", "nameserver", "nameservers"]

    /// Tokens that make an address key describe the service itself, not a peer (`POD_IP`,
    /// `HOST_IP`, `PUBLIC_IP`, `ADVERTISED_IP`).
    static let selfAddressTokens: Set<String> = [
        "pod", "node", "host", "public", "external", "advertised", "advertise",
        "local", "own", "self", "my", "bind", "listen", "server",
    ]

    /// Whether the key names an address or DNS server setting (see `addressKeyTokens`).
    static func isAddressKey(_ t: [String]) -> Bool {
        guard let last = t.last(where: { !$0.isEmpty }), addressKeyTokens.contains(last) else { return false }
        return !t.contains { selfAddressTokens.contains($0) }
    }

    /// Tokens that make a key *not* about a remote host even if it says `host` or `server`.
    static let nonHostTokens: Set<String> = [
        "port", "ports", "name", "user", "username", "password", "path", "timeout", "header", "version", "mode",
        "enabled", "listen", "bind", "cert", "key", "ssl", "tls", "protocol", "count", "size", "max", "min",
        // Settings about a host, not the host: `management.endpoints.web.exposure.include`,
        // `server.shutdown`, `host_instance_type`, `ssl.endpoint.identification.algorithm`.
        "include", "exclude", "shutdown", "type", "class", "algorithm", "id", "arn", "interval", "retries",
        // `SERVER_ZONE` (an nginx status zone, an availability zone), `NGINX_AGENT_SERVER_TOKEN`.
        "zone", "zones", "token", "secret", "method",
        // `GET_HOSTS_FROM: dns`: where hosts come from, not a host.
        "from",
    ]

    /// Tokens that disqualify a key wherever they stand in it.
    /// `advertised.host.name`, `--advertise-kafka-addr`: the address a server gives out for itself.
    static let disqualifyingTokens: Set<String> = [
        "listen", "bind", "character", "charset", "collation", "advertise", "advertised",
    ]

    /// Splits a key into lowercase tokens: `spring.datasource.url` → spring, datasource, url;
    /// `redisHost` → redis, host; `KAFKA_BOOTSTRAP_SERVERS` → kafka, bootstrap, servers.
    public static func tokens(_ key: String) -> [String] {
        // On bytes, ASCII-only case rules: keys are ASCII in practice, and Unicode property
        // lookups per character made this the hottest function of a large scan.
        var out: [String] = []
        var current: [UInt8] = []
        var previousLower = false
        for b in key.utf8 {
            if b == 0x5F || b == 0x2E || b == 0x2D || b == 0x2F || b == 0x20 || b == 0x5B || b == 0x5D {
                if !current.isEmpty {
                    out.append(String(decoding: current, as: UTF8.self))
                    current.removeAll(keepingCapacity: true)
                }
                previousLower = false
                continue
            }
            let upper = b >= 0x41 && b <= 0x5A
            if upper && previousLower && !current.isEmpty {
                out.append(String(decoding: current, as: UTF8.self))
                current.removeAll(keepingCapacity: true)
            }
            current.append(upper ? b + 0x20 : b)
            previousLower = (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39)
        }
        if !current.isEmpty { out.append(String(decoding: current, as: UTF8.self)) }
        return out
    }

    /// Whether the key names a host-bearing setting.
    public static func isHostKey(_ key: String) -> Bool { isHostKey(key, tokens: tokens(key)) }

    /// As `isHostKey(_:)`, with the key's tokens already split.
    static func isHostKey(_ key: String, tokens t: [String]) -> Bool {
        guard let last = t.last else { return false }
        if nonHostTokens.contains(last) { return false }
        // Anywhere in the key: where to listen, and what a server is configured with
        // (MySQL's `character-set-server`, `collation-server`), not where it is.
        if t.contains(where: { disqualifyingTokens.contains($0) }) { return false }
        // In a dotted path only the setting's own name (its last two segments) counts: under
        // `spring.cloud.gateway.server.…args.statuses` the `server` is an ancestor, not the
        // setting, while `eureka.client.service-url.defaultZone` is a URL by its parent.
        var own = t
        let u = key.utf8
        if let lastDot = u.lastIndex(of: 0x2E) {
            let start = u[..<lastDot].lastIndex(of: 0x2E).map { u.index(after: $0) } ?? u.startIndex
            if start != u.startIndex { own = tokens(String(key[start...])) }
        }
        if own.suffix(2) == ["zookeeper", "connect"] { return true }  // Kafka's `zookeeper.connect`
        if own.contains(where: { hostKeyTokens.contains($0) }) { return true }
        let joined = own.joined()
        return joined.hasSuffix("connectionstring") || joined.hasInfix("contactpoints")
    }

    /// Whether the key names a port (`DB_PORT`, `spring.redis.port`).
    public static func isPortKey(_ key: String) -> Bool { tokens(key).last == "port" }

    /// The kind a key's name implies.
    public static func kind(forKey key: String) -> EndpointKind? { kind(forKey: key, tokens: tokens(key)) }

    /// What names a kind in a key, in the order tried: words anywhere in the key (`postgres`
    /// in `POSTGRES_URL`, `spring.datasource.postgresql…`) or whole tokens (`pg`, `s3`).
    struct KindRule: Sendable {
        let kind: EndpointKind
        let words: [String]
        let tokens: [String]
    }

    static let kindRules: [KindRule] = [
        KindRule(kind: .postgres, words: ["postgres", "pghost"], tokens: ["pg", "psql"]),
        KindRule(kind: .mysql, words: ["mysql", "mariadb"], tokens: []),
        KindRule(kind: .mssql, words: ["mssql", "sqlserver"], tokens: []),
        KindRule(kind: .oracle, words: ["oracle"], tokens: []),
        KindRule(kind: .mongodb, words: ["mongo"], tokens: []),
        KindRule(kind: .redis, words: ["redis", "valkey"], tokens: []),
        KindRule(kind: .memcached, words: ["memcache"], tokens: []),
        KindRule(kind: .elasticsearch, words: ["elastic", "opensearch"], tokens: []),
        KindRule(kind: .cassandra, words: ["cassandra", "scylla"], tokens: []),
        KindRule(kind: .kafka, words: ["kafka"], tokens: ["bootstrap", "brokers"]),
        KindRule(kind: .amqp, words: ["rabbit", "amqp"], tokens: []),
        KindRule(kind: .nats, words: [], tokens: ["nats"]),
        KindRule(kind: .s3, words: ["minio"], tokens: ["s3", "bucket"]),
        KindRule(kind: .smtp, words: [], tokens: ["smtp", "mail"]),
        KindRule(kind: .grpc, words: [], tokens: ["grpc"]),
    ]

    /// Every rule's words in one table, and each rule's bits in it.
    static let kindWordTable = WordTable(kindRules.flatMap(\.words))
    static let kindRuleMasks: [UInt64] = kindRules.map { rule in
        rule.words.reduce(0) { $0 | kindWordTable.bit($1) }
    }

    /// As `kind(forKey:)`, with the key's tokens already split (a handful: an array beats a set).
    static func kind(forKey key: String, tokens t: [String]) -> EndpointKind? {
        let held = kindWordTable.held(inASCIILowercased: key)
        for (rule, mask) in zip(kindRules, kindRuleMasks)
        where held & mask != 0 || rule.tokens.contains(where: { t.contains($0) }) {
            return rule.kind
        }
        return nil
    }

    /// Words in a key that name a telemetry sink; a constant, not an array built per call.
    static let telemetryKeyWords = [
        "sentry", "otel", "otlp", "jaeger", "zipkin", "datadog", "newrelic", "new_relic", "honeycomb",
        "statsd", "prometheus", "loki", "tempo", "grafana", "logstash", "splunk", "telemetry", "tracing",
        "tracer", "apm", "metrics", "bugsnag", "rollbar", "collector", "fluentd",
    ]
    static let telemetryKeyTable = WordTable(telemetryKeyWords)

    /// The role a key's name implies beyond its kind (telemetry sinks, generic databases).
    public static func role(forKey key: String) -> EndpointRole? { role(forKey: key, tokens: tokens(key)) }

    /// As `role(forKey:)`, with the key's tokens already split.
    static func role(forKey key: String, tokens t: [String]) -> EndpointRole? {
        if telemetryKeyTable.held(inASCIILowercased: key) != 0 { return .telemetry }
        if t.contains("dd") && (t.contains("agent") || t.contains("site") || t.contains("url")) { return .telemetry }
        if t.contains("db") || t.contains("database") || t.contains("datasource") || t.contains("cache") {
            return .datastore
        }
        if t.contains("queue") || t.contains("mq") || t.contains("broker") { return .queue }
        if t.contains("storage") || t.contains("blob") { return .objectStorage }
        return nil
    }

    /// The product that conventionally listens on a port (IANA and product defaults).
    public static func kind(forPort port: Int) -> EndpointKind? {
        switch port {
        case 5432, 6432: return .postgres
        case 3306, 33060: return .mysql
        case 1433: return .mssql
        case 1521, 1522: return .oracle
        case 27017, 27018, 27019: return .mongodb
        case 6379, 6380, 26379: return .redis
        case 11211: return .memcached
        case 9200, 9300: return .elasticsearch
        case 9042: return .cassandra
        case 9092, 9093, 9094, 29092: return .kafka
        case 5671, 5672: return .amqp
        case 4222: return .nats
        case 25, 465, 587: return .smtp
        default: return nil
        }
    }

    /// The kind a host's own name gives away when nothing else does: compose and Kubernetes
    /// service names such as `postgres`, `redis-master`, `kafka-0`, `orders-mysql`.
    public static func kind(forHost host: String) -> EndpointKind? {
        guard !HostSyntax.isIPv4(Substring(host)), !host.utf8.contains(0x3A) else { return nil }
        let firstLabel = host.split(separator: ".").first.map(String.init) ?? host
        for word in firstLabel.lowercased().split(whereSeparator: { $0 == "-" || $0 == "_" }) {
            switch word {
            case "postgres", "postgresql", "pg", "pgbouncer", "postgis": return .postgres
            case "mysql", "mariadb": return .mysql
            case "mssql", "sqlserver": return .mssql
            case "oracle": return .oracle
            case "mongo", "mongodb": return .mongodb
            case "redis", "valkey": return .redis
            case "memcached", "memcache": return .memcached
            case "elasticsearch", "opensearch": return .elasticsearch
            case "cassandra", "scylla": return .cassandra
            case "kafka": return .kafka
            case "rabbitmq", "rabbit": return .amqp
            case "nats": return .nats
            case "minio": return .s3
            default: continue
            }
        }
        return nil
    }

    /// Telemetry services' domains; a constant, not an array built per call.
    static let telemetryDomains = [
        "sentry.io", "datadoghq.com", "datadoghq.eu", "ddog-gov.com", "newrelic.com", "nr-data.net",
        "honeycomb.io", "grafana.net", "bugsnag.com", "rollbar.com", "logz.io", "splunkcloud.com",
        "elastic-cloud.com", "loggly.com", "papertrailapp.com", "lightstep.com",
    ]

    /// Hosts of error-tracking, metrics and tracing services: a transfer of telemetry, whatever key holds them.
    public static func isTelemetryHost(_ host: String) -> Bool {
        // On bytes: `String.hasSuffix` compares characters, which was most of this function's cost.
        let h = WordTable.asciiLowercased(host)
        for suffix in telemetryDomainBytes where h.count >= suffix.count && h.suffix(suffix.count).elementsEqual(suffix)
        {
            if h.count == suffix.count || h[h.count - suffix.count - 1] == 0x2E { return true }
        }
        return telemetryHostPrefixes.contains { h.count >= $0.count && h.prefix($0.count).elementsEqual($0) }
    }

    static let telemetryDomainBytes: [[UInt8]] = telemetryDomains.map { Array($0.utf8) }
    static let telemetryHostPrefixes: [[UInt8]] = [
        "otel-collector", "jaeger", "zipkin", "tempo", "prometheus", "statsd", "loki",
    ].map { Array($0.utf8) }
}
