import Testing

@testable import ResidencyCore

/// `Finding.inReportOrder` (integer keys, positions sorted) orders exactly as sorting by
/// `Finding.reportOrder`, with ties on every key and findings without a place.
@Suite struct FindingOrderTests {
    private func finding(
        _ path: String?, _ line: Int, _ column: Int, _ rule: String, host: String?, subject: String?,
        fingerprint: String
    ) -> Finding {
        var f = Finding(
            ruleId: rule, category: .unknownLocation, severity: .medium, title: "t", message: "m",
            location: path.map { Finding.Place(path: $0, line: line, column: column) }, host: host, subject: subject)
        f.fingerprint = fingerprint
        return f
    }

    /// Small, and large enough that the sort and the order check run in parts on all cores.
    @Test(arguments: [3_000, 40_000])
    func sameOrderAsTheComparison(count: Int) {
        var state: UInt64 = 11
        func next(_ n: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(n))
        }
        let paths: [String?] = [nil, "", "a.yaml", "a.yaml.bak", "b/ä.conf", "b/a.conf", "B.conf"]
        let rules = ["unknown-location", "us-jurisdiction", "config-error"]
        let hosts: [String?] = [nil, "", "a.example.no", "b.example.no"]
        let findings = (0..<count).map { _ in
            finding(
                paths[next(paths.count)], next(4), next(3), rules[next(rules.count)], host: hosts[next(hosts.count)],
                subject: next(2) == 0 ? nil : "s\(next(3))", fingerprint: "f\(next(5))")
        }
        let expected = findings.sorted(by: Finding.reportOrder)
        let ordered = Finding.inReportOrder(findings)
        #expect(ordered == expected)
        #expect(ordered != findings, "the input was not already in order")
        #expect(Finding.inReportOrder(expected) == expected)
        #expect(Finding.inReportOrder([]) == [])
    }

    @Test func anOrderCheckFindsOnePairOutOfPlaceInAnyPart() {
        let sorted = (0..<40_000).map { i in
            finding("f\(1_000_000 + i).yaml", 1, 1, "unknown-location", host: nil, subject: nil, fingerprint: "x")
        }
        #expect(Finding.isInReportOrder(sorted))
        for at in [1, 4_096, 20_001, 39_999] {
            var swapped = sorted
            swapped.swapAt(at - 1, at)
            #expect(!Finding.isInReportOrder(swapped), "pair at \(at)")
        }
    }
}
