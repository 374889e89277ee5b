import ResidencyCore
import Testing

@testable import Policy

/// Ticketing integrations key tickets on fingerprints: lines may move, identity may not.
@Suite struct FingerprintTests {
    private func finding(
        path: String = "k8s/orders.yaml", line: Int = 12, rule: String = "persistence-outside-eea",
        host: String = "db.example.com", kind: EndpointKind = .postgres
    ) -> Finding {
        Finding(
            ruleId: rule, category: .persistenceOutsideEEA, severity: .critical, title: "t", message: "m",
            location: .init(path: path, line: line, column: 3), host: host, kind: kind)
    }

    @Test func stableWhenLinesMove() {
        let a = Fingerprint.of(finding(line: 12))
        let b = Fingerprint.of(finding(line: 40))
        #expect(a == b)
        #expect(a.count == 64 && a.allSatisfy { $0.isHexDigit })
    }

    @Test func changesWithRuleFileHostOrKind() {
        let base = Fingerprint.of(finding())
        #expect(Fingerprint.of(finding(rule: "us-jurisdiction")) != base)
        #expect(Fingerprint.of(finding(path: "k8s/other.yaml")) != base)
        #expect(Fingerprint.of(finding(host: "db2.example.com")) != base)
        #expect(Fingerprint.of(finding(kind: .mysql)) != base)
    }
}
