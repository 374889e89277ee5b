import Foundation
import Testing

@testable import Resolving

/// The catalogue's suffix index gives exactly the answers of trying every pattern in order: on
/// every example and near miss, on variants of them that cross label boundaries, on random names
/// built from the catalogue's own labels, and for a user's catalogue in front of the built-in one,
/// including a pattern the index cannot read (tried on every host).
@Suite struct CatalogueIndexTests {
    let catalogue: ProviderCatalogue

    init() throws { catalogue = try ProviderCatalogue.builtIn() }

    /// What a match says, comparably.
    private func answer(_ m: ProviderMatch?) -> String {
        guard let m else { return "none" }
        return [m.provider.id, m.service.service, m.service.pattern, m.region ?? "-", m.country ?? "-"].joined(
            separator: " | ")
    }

    private func expectSameAnswers(_ catalogue: ProviderCatalogue, _ hosts: [String]) {
        for host in hosts {
            #expect(
                answer(catalogue.match(host: host)) == answer(catalogue.matchTryingEveryService(host: host)), "\(host)")
        }
    }

    /// A name and look-alikes of it: other case, trailing dot, a label more or less, glued text.
    private func variants(_ host: String) -> [String] {
        var out = [host, host.uppercased(), host + ".", "x." + host, "x" + host, host + "x", host + ".x", "x-" + host]
        if let dot = host.firstIndex(of: ".") { out.append(String(host[host.index(after: dot)...])) }
        if let dot = host.lastIndex(of: ".") { out.append(String(host[..<dot])) }
        return out
    }

    @Test func everyExampleAndNearMissAnswersAsTheFullScan() {
        var hosts: [String] = []
        for service in catalogue.services {
            for (host, _) in service.examples { hosts += variants(host) }
            for miss in service.nearMisses { hosts += variants(miss) }
        }
        #expect(hosts.count > 1000)
        expectSameAnswers(catalogue, hosts)
        // The examples do match (the comparison above is not between two empty answers).
        #expect(catalogue.services.allSatisfy { s in s.examples.allSatisfy { catalogue.match(host: $0.host) != nil } })
    }

    /// Examples with labels replaced, inserted or dropped at random (labels from the catalogue's
    /// own names), so both matching and almost-matching names are tried.
    @Test func mutatedExamplesAnswerAsTheFullScan() {
        let examples = catalogue.services.flatMap { $0.examples.map(\.host) + $0.nearMisses }
        let pool =
            Set(examples.flatMap { $0.split(separator: ".").map(String.init) }).sorted() + [
                "", "x", "eu-west-1", "com",
            ]
        var state: UInt64 = 20_261_130
        func next(_ n: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(n))
        }
        let hosts = (0..<6000).map { _ -> String in
            var labels = examples[next(examples.count)].split(separator: ".", omittingEmptySubsequences: false).map(
                String.init)
            for _ in 0..<(1 + next(2)) {
                let i = next(labels.count)
                switch next(3) {
                case 0: labels[i] = pool[next(pool.count)]
                case 1: labels.insert(pool[next(pool.count)], at: i)
                default: if labels.count > 1 { labels.remove(at: i) }
                }
            }
            return labels.joined(separator: ".")
        }
        expectSameAnswers(catalogue, hosts)
        let matched = hosts.filter { catalogue.match(host: $0) != nil }.count
        #expect(matched > 500 && matched < 5500, "both answers are exercised: \(matched) of 6000 match")
    }

    @Test func everyBuiltInPatternIsIndexed() {
        let index = CatalogueIndex(services: catalogue.services)
        #expect(index.everywhere.isEmpty, "\(index.everywhere.map { catalogue.services[$0].pattern })")
        // A host of no provider is tried against no pattern at all.
        #expect(index.candidates(for: "h1234.osl.example.no").isEmpty)
        #expect(
            index.candidates(for: "orders.c9akciq32.eu-north-1.rds.amazonaws.com").count < catalogue.services.count / 4)
    }

    @Test func endingsOfPatterns() {
        func keys(_ pattern: String, _ codes: [String]? = nil) -> Set<String?>? {
            PatternSuffixes.endings(of: pattern, regionCodes: codes).map { Set($0.map(PatternSuffixes.key)) }
        }
        #expect(
            keys(#"[a-z0-9-]+\.[a-z0-9]+\.{region}\.rds\.amazonaws\.com(?:\.cn)?"#, ["eu-north-1"]) == [
                "amazonaws.com", "com.cn",
            ])
        // Anything before `datadoghq.eu` ends with a dot, or the name is exactly that.
        #expect(keys(#"(?:[a-z0-9-]+\.)*datadoghq\.eu"#) == ["datadoghq.eu"])
        #expect(keys(#"(?:{region}-)?pubsub\.googleapis\.com"#, ["europe-north1"]) == ["googleapis.com"])
        #expect(
            keys(#"[a-z0-9-]+\.database\.(?:windows\.net|chinacloudapi\.cn)"#) == ["windows.net", "chinacloudapi.cn"])
        // Text may precede `mq.com` in its label: only the last label is certain.
        #expect(keys(#"[a-z]+mq\.com"#) == ["com"])
        #expect(keys(#"[a-z0-9]{20}\.supabase\.(?:co|com)"#) == ["supabase.co", "supabase.com"])
        // Nothing certain at the end, or syntax the reader does not know: tried on every host.
        #expect(keys(#"[a-z.]+"#) == [nil])
        #expect(keys(#"foo\.com\b"#) == nil)
        #expect(keys(#"^foo\.com"#) == nil)
        #expect(keys(#"(?i)foo\.com"#) == nil)
    }

    @Test func aUsersPatternsComeFirstIndexedOrNot() throws {
        let user = try ProviderCatalogue.load(
            yaml: #"""
                version: 1
                providers:
                  - id: acme
                    name: Acme Cloud
                    legalEntity: Acme AS, Oslo
                    legalSeat: "NO"
                    usJurisdiction: false
                    source: Brønnøysundregistrene
                    services:
                      - service: Acme mirror
                        kind: s3
                        role: object-storage
                        pattern: 'mirror\.[a-z0-9.-]+\b'
                        country: "NO"
                        examples: [mirror.s3.eu-north-1.amazonaws.com]
                        nearMisses: [mirrors.example.no]
                      - service: Acme S3 gateway
                        kind: s3
                        role: object-storage
                        pattern: 'gw\.s3\.[a-z0-9-]+\.amazonaws\.com'
                        country: "NO"
                        examples: [gw.s3.eu-north-1.amazonaws.com]
                        nearMisses: [gw.s3.amazonaws.com]
                """#, file: "mine.yaml")
        let merged = catalogue.merging(user)
        #expect(CatalogueIndex(services: merged.services).everywhere == [0])
        #expect(merged.match(host: "mirror.s3.eu-north-1.amazonaws.com")?.service.service == "Acme mirror")
        #expect(merged.match(host: "gw.s3.eu-north-1.amazonaws.com")?.service.service == "Acme S3 gateway")
        #expect(merged.match(host: "bucket.s3.eu-north-1.amazonaws.com")?.provider.id == "aws")
        expectSameAnswers(
            merged,
            [
                "mirror.s3.eu-north-1.amazonaws.com", "gw.s3.eu-north-1.amazonaws.com", "mirror.example.no",
                "bucket.s3.eu-north-1.amazonaws.com", "gw.s3.amazonaws.com", "x.mirror.no",
            ])
    }
}
