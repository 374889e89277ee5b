import Resolving
import Testing

/// Classification happens before any lookup, so these decide what is never sent to DNS.
@Suite struct HostClassifierTests {
    let classifier = HostClassifier(namespaces: ["shop"])

    @Test(arguments: [
        ("10.1.2.3", "ip-literal (private, RFC 1918)"),
        ("172.31.255.255", "ip-literal (private, RFC 1918)"),
        ("172.32.0.1", "ip-literal (public)"),
        ("192.168.1.1", "ip-literal (private, RFC 1918)"),
        ("100.64.0.1", "ip-literal (cgnat, RFC 6598)"),
        ("100.128.0.1", "ip-literal (public)"),
        ("169.254.169.254", "ip-literal (link-local, RFC 3927)"),
        ("127.0.0.1", "ip-literal (loopback, RFC 1122)"),
        ("192.0.2.7", "ip-literal (documentation, RFC 5737)"),
        ("198.51.100.7", "ip-literal (documentation, RFC 5737)"),
        ("203.0.113.7", "ip-literal (documentation, RFC 5737)"),
        ("52.95.0.1", "ip-literal (public)"),
        ("::1", "ip-literal (loopback, RFC 4291)"),
        ("[::1]", "ip-literal (loopback, RFC 4291)"),
        ("fd12:3456::1", "ip-literal (unique-local, RFC 4193)"),
        ("fe80::1%eth0", "ip-literal (link-local, RFC 4291)"),
        ("2001:db8::5", "ip-literal (documentation, RFC 3849)"),
        ("::ffff:10.0.0.1", "ip-literal (private, RFC 1918)"),
        ("2a05:d018::1", "ip-literal (public)"),
        ("localhost", "ip-literal (loopback, RFC 1122)"),
        ("orders", "single-label name"),
        ("orders.shop", "in-cluster name"),
        ("orders.other", "FQDN"),
        ("orders.shop.svc", "in-cluster name"),
        ("orders.shop.svc.cluster.local", "in-cluster name"),
        ("_mongodb._tcp.cluster0.example.net", "SRV name"),
        ("orders-db.example.no", "FQDN"),
        ("orders-db.example.no.", "FQDN"),
        ("999.1.1.1", "FQDN"),
        ("", "invalid (empty)"),
        ("a..b", "invalid (empty label)"),
        ("bad host.example", "invalid (characters not allowed in a host name)"),
    ])
    func classifies(host: String, expected: String) {
        #expect(classifier.classify(host).label == expected, "\(host)")
    }

    @Test func requestsParseURLsAndPorts() {
        #expect(
            ResolveRequest(parsing: "mongodb+srv://user:pw@cluster0.ab1cd.mongodb.net/shop?retryWrites=true").host
                == "cluster0.ab1cd.mongodb.net")
        #expect(ResolveRequest(parsing: "mongodb+srv://cluster0.ab1cd.mongodb.net").srvPrefix == "_mongodb._tcp")
        #expect(ResolveRequest(parsing: "postgres://db.example.no:5432/x").host == "db.example.no")
        #expect(ResolveRequest(parsing: "db.example.no:5432").host == "db.example.no")
        #expect(ResolveRequest(parsing: "[2001:db8::1]:5432").host == "[2001:db8::1]")
        #expect(ResolveRequest(parsing: "2001:db8::1").host == "2001:db8::1")
    }
}
