import ResidencyCore
import Testing

/// One endpoint per (host, port, kind), every place it is written kept as a source.
@Suite struct EndpointMergeTests {
    private func ref(
        _ host: String, _ port: Int?, _ kind: EndpointKind, _ path: String, _ line: Int,
        context: String = "", role: EndpointRole? = nil, tls: Bool = false
    ) -> EndpointReference {
        EndpointReference(
            host: host, port: port, scheme: kind.rawValue, kind: kind, role: role,
            location: SourceLocation(path: path, line: line, column: 5, context: context), tls: tls)
    }

    @Test func groupsByHostPortAndKind() {
        let merged = Endpoint.merge([
            ref("Orders-DB", 5432, .postgres, "k8s/orders.yaml", 12),
            ref("orders-db", 5432, .postgres, ".env", 3),
            ref("orders-db", 5433, .postgres, ".env", 4),
            ref("orders-db", 6379, .redis, ".env", 5),
        ])
        #expect(merged.count == 3)
        let pg = merged.first { $0.port == 5432 }
        #expect(pg?.sources.map(\.path) == [".env", "k8s/orders.yaml"])
        #expect(pg?.host == "orders-db")
        #expect(
            merged.map(\.id) == ["postgres://orders-db:5432", "postgres://orders-db:5433", "redis://orders-db:6379"])
    }

    @Test func samePlaceKeepsTheRicherContext() {
        let merged = Endpoint.merge([
            ref("cache", 6379, .redis, "app.env", 2, context: "env"),
            ref("cache", 6379, .redis, "app.env", 2, context: "env REDIS_URL"),
        ])
        #expect(merged.count == 1)
        #expect(merged[0].sources.count == 1)
        #expect(merged[0].sources[0].context == "env REDIS_URL")
    }

    @Test func mostSpecificRoleAndAnyTLSWin() {
        let merged = Endpoint.merge([
            ref("files", 443, .http, "a.yaml", 1, role: .other),
            ref("files", 443, .http, "b.yaml", 1, role: .objectStorage, tls: true),
        ])
        #expect(merged.first?.role == .objectStorage)
        #expect(merged.first?.tls == true)
    }

    @Test func orderDoesNotDependOnInputOrder() {
        let refs = (0..<20).map { ref("h\($0 % 7)", 5432, .postgres, "f\($0 % 5).env", $0) }
        #expect(Endpoint.merge(refs) == Endpoint.merge(refs.reversed()))
        #expect(EndpointKey(host: "::1", port: 6379, kind: .redis).id == "redis://[::1]:6379")
    }

    @Test func anEndpointWrittenOnceKeepsEverythingItsReferenceSays() {
        var one = ref(
            "Queue.example.no", 5671, .amqp, "k8s/a.yaml", 9, context: "env AMQP_URL", role: .queue, tls: true)
        one.scheme = "amqps"
        one.component = "orders"
        one.placement = CloudPlacement(provider: "aws", region: "eu-north-1", resourceType: "aws_mq_broker")
        let merged = Endpoint.merge([one])
        #expect(
            merged == [
                Endpoint(
                    id: "amqp://queue.example.no:5671", host: "queue.example.no", port: 5671, scheme: "amqps",
                    kind: .amqp, role: .queue, tls: true, sources: [one.location], components: ["orders"],
                    placement: one.placement)
            ])
    }

    /// Ordered by first source (path, line, column, context), then id, across many endpoints with
    /// shared paths, shared places and endpoints with several sources.
    @Test func manyEndpointsInSourceOrder() {
        var refs: [EndpointReference] = []
        for i in 0..<600 {
            refs.append(
                ref(
                    "h\(i % 450).example.no", 5432, .postgres, "dir\(i % 9)/f\(i % 13).env", i % 5,
                    context: "ctx\(i % 3)"))
        }
        let merged = Endpoint.merge(refs)
        #expect(merged.count == 450)
        func less(_ l: Endpoint, _ r: Endpoint) -> Bool {
            if let a = l.primarySource, let b = r.primarySource, a != b { return a < b }
            return l.id < r.id
        }
        #expect(zip(merged, merged.dropFirst()).allSatisfy { !less($1, $0) })
        #expect(merged == merged.sorted(by: less))
        #expect(merged.contains { $0.sources.count > 1 })
    }

    /// Above 4,096 references the merge runs in shards by key: the result must not depend on
    /// the shards or the input order, and every key and place is kept once.
    @Test func largeMergeIsTheSameWhateverTheInputOrder() {
        var refs: [EndpointReference] = []
        for i in 0..<12_000 {
            refs.append(
                ref(
                    "h\(i % 5_000).example.no", i % 3 == 0 ? 6379 : 5432, i % 3 == 0 ? .redis : .postgres,
                    "svc\(i % 40)/f\(i % 17).env", i % 11, context: "ctx\(i % 4)"))
        }
        let merged = Endpoint.merge(refs)
        var rng = SystemRandomNumberGenerator()
        #expect(Endpoint.merge(refs.shuffled(using: &rng)) == merged)
        #expect(merged.count == Set(refs.map(\.key)).count)
        let places = Set(refs.map { "\($0.key.id) \($0.location.path):\($0.location.line):\($0.location.column)" })
        #expect(merged.reduce(0) { $0 + $1.sources.count } == places.count)
        #expect(Set(merged.map(\.id)).count == merged.count)
    }
}
