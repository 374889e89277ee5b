import ResidencyCore
import TestSupport
import Testing

@testable import Scanning

struct RabbitMQScannerTests {
    @Test("JSON strings keep their file offsets; escapes are decoded")
    func offsets() throws {
        let text = #"{"a": ["x", "p\"q", {"uri": "amqp://h"}], "n": -1.5e3, "t": true, "z": null}"#
        let tree = try JSONTree.parse(Array(text.utf8))
        guard case .array(let items)? = tree["a"] else {
            Issue.record("no array")
            return
        }
        guard case .string(let x, let offset, let verbatim) = items[0] else {
            Issue.record("no string")
            return
        }
        #expect(x == "x" && offset == 8 && verbatim)
        guard case .string(let pq, _, let v2) = items[1] else {
            Issue.record("no string")
            return
        }
        #expect(pq == "p\"q" && !v2)
        #expect(items[2]["uri"]?.string == "amqp://h")
    }

    @Test(
        "malformed JSON is an error with an offset, never a crash",
        arguments: [
            "", "{", "[1,", "{\"a\" 1}", "{\"a\": tru}", "\"open", "[1 2]", "{} x", "{\"a\": \"\\u12\"}",
            "{\"a\":\n\"b\nc\"}",
        ])
    func malformed(text: String) {
        #expect(throws: JSONTree.SyntaxError.self) { try JSONTree.parse(Array(text.utf8)) }
    }

    @Test(
        "listener settings are not endpoints",
        arguments: [
            ("listeners.tcp.default", true), ("listeners.ssl.1", true), ("management.tcp.ip", true),
            ("management.ssl.port", true), ("prometheus.tcp.port", true), ("distribution.listener.interface", true),
            ("cluster_formation.classic_config.nodes.1", false), ("auth_ldap.servers.1", false),
            ("log.syslog.ip", false),
        ])
    func listeners(key: String, listener: Bool) {
        #expect(RabbitMQConfScanner.isListener(key) == listener)
    }

    @Test("random bytes never crash the JSON reader")
    func fuzz() {
        var rng = SplitMix(seed: 7)
        let alphabet = Array(#"{}[]:,"\ aeflnrstu0123456789.-+eE/"#.utf8) + [0x0A, 0xC3, 0xA9]
        for _ in 0..<2000 {
            let bytes = (0..<Int(rng.next() % 64)).map { _ in alphabet[Int(rng.next() % UInt64(alphabet.count))] }
            _ = try? JSONTree.parse(bytes)
        }
    }
}
