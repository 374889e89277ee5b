import TestSupport
import Testing

@testable import Scanning

/// `KeyCues` lets the value scanner skip splitting a key into tokens when no token could make it
/// a host, address or port key: it must never say "no" where `KindHints` says "yes".
@Suite struct KeyCuesTests {
    /// Words keys are made of, the host and address words among them, cased and separated every way.
    static let words =
        Array(KindHints.hostKeyTokens) + Array(KindHints.addressKeyTokens) + Array(KindHints.selfAddressTokens)
        + Array(KindHints.nonHostTokens) + [
            "contact", "points", "connection", "string", "zookeeper", "connect", "con", "nection", "db", "app",
            "flag", "log", "level", "spring", "datasource", "kafka", "name", "servers", "ñandú",
        ]
    static let separators = ["_", ".", "-", "/", " ", "[", "]", ""]

    static func randomKey(_ rng: inout SplitMix) -> String {
        var key = ""
        for _ in 0..<Int.random(in: 1...4, using: &rng) {
            var w = words.randomElement(using: &rng)!
            switch Int.random(in: 0..<3, using: &rng) {
            case 0: w = w.uppercased()
            case 1: w = w.prefix(1).uppercased() + w.dropFirst()
            default: break
            }
            key += w + separators.randomElement(using: &rng)!
        }
        return key
    }

    @Test func neverRulesOutAHostOrAddressKey() {
        var rng = SplitMix(seed: 11)
        var hostKeys = 0
        var addressKeys = 0
        var portKeys = 0
        for _ in 0..<20_000 {
            let key = Self.randomKey(&rng)
            let cues = KeyCues(key: key)
            if KindHints.isHostKey(key) {
                hostKeys += 1
                #expect(cues.mayNameHost, "\(key)")
            }
            if KindHints.tokens(key).last == "port" {
                portKeys += 1
                #expect(cues.mayNamePort, "\(key)")
            }
            if KindHints.isAddressKey(KindHints.tokens(key)) {
                addressKeys += 1
                #expect(cues.mayNameAddress, "\(key)")
            }
        }
        // The generator reaches both kinds of key often.
        #expect(hostKeys > 1_000 && addressKeys > 100 && portKeys > 100)
    }

    @Test(arguments: [
        ("con_nection_string", true), ("contact_points", true), ("zookeeper.connect", true), ("DB_HOST", true),
        ("dbUrl", true), ("app.feature.flag7", false), ("LOG_LEVEL", false), ("MODE", false),
    ])
    func hostWordsAcrossSeparators(_ key: String, _ may: Bool) {
        #expect(KeyCues(key: key).mayNameHost == may)
        if !may { #expect(!KindHints.isHostKey(key)) }
    }

    @Test func addressWords() {
        #expect(KeyCues(key: "ROUTER_IP").mayNameAddress)
        #expect(KeyCues(key: "PIHOLE_DNS_").mayNameAddress)
        #expect(KeyCues(key: "name-servers").mayNameAddress)
        #expect(!KeyCues(key: "LOG_LEVEL").mayNameAddress)
    }

    /// The one-pass search over a first-byte table answers as a plain substring search would.
    @Test func findsExactlyTheWordsASubstringSearchFinds() {
        var rng = SplitMix(seed: 12)
        for _ in 0..<5_000 {
            let key = Self.randomKey(&rng)
            let compact = String(
                key.lowercased().unicodeScalars.filter { !"_.-/ []".unicodeScalars.contains($0) }.map(Character.init))
            let holds = { (words: [String]) in words.contains { compact.contains($0) } }
            let cues = KeyCues(key: key)
            #expect(cues.mayNameHost == holds(KeyCues.hostWords), "\(key)")
            #expect(cues.mayNameAddress == holds(KeyCues.addressWords), "\(key)")
        }
    }
}
