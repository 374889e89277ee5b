import ResidencyCore
import Testing

@testable import Scanning

/// `EntryFilter` tests a setting's key and value apart, in place, where it used to build the line
/// `key value` and test that: the same answer, as no cue holds the space between them.
@Suite struct EntryFilterTests {
    @Test func noCueHoldsASpace() {
        #expect(!TextScanner.cues.isEmpty)
        #expect(TextScanner.cues.allSatisfy { !$0.contains(" ") })
    }

    @Test(arguments: [
        ("DATABASE_URL", "postgres://db:5432/x"), ("VAR_0", "5332"), ("LOG_LEVEL", "debug"), ("MODE", "batch"),
        ("DB_PORT", "5432"), ("X", "thin:@db:1521"), ("ho", "st"), ("_i", "p"), ("PIHOLE_DNS_", "10.0.0.2"),
        ("Ünïcode_HOST", "ä.example.no"), ("", ""), ("KEY", "a\nserver=x"),
    ])
    func sameAsTheJoinedLine(_ key: String, _ value: String) {
        let e = ConfigEntry(key: key, value: value, origin: .search(fromByte: 0), context: "")
        let line = Array((key + " " + value).utf8)
        let joined = TextScanner.mightHoldEndpoint(line, 0, line.count) || KindHints.isPortKey(key)
        #expect(EntryFilter.mightHoldEndpoint(e) == joined)
    }

    @Test func aSettingWithoutKeyIsItsValue() {
        let e = ConfigEntry(key: nil, value: "redis://cache:6379", origin: .search(fromByte: 0), context: "")
        #expect(EntryFilter.mightHoldEndpoint(e))
        let plain = ConfigEntry(key: nil, value: "hello", origin: .search(fromByte: 0), context: "")
        #expect(!EntryFilter.mightHoldEndpoint(plain))
    }
}
