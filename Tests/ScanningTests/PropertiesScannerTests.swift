import TestSupport
import Testing

@testable import Scanning

struct PropertiesScannerTests {
    @Test(
        "Java properties syntax",
        arguments: [
            ("a=b", "a", "b", true),
            ("a : b ", "a", "b", true),
            ("a b", "a", "b", true),
            ("  key\\ with\\ spaces = v", "key with spaces", "v", true),
            ("url=jdbc\\:postgresql\\://h/x", "url", "jdbc:postgresql://h/x", false),
            ("k=caf\\u00e9", "k", "café", false),
            ("list=a,\\\n    b,\\\n    c", "list", "a,b,c", false),
            ("empty=", "empty", "", true),
        ])
    func syntax(line: String, key: String, value: String, verbatim: Bool) throws {
        let entries = PropertiesFile.parse(Array(line.utf8))
        let e = try #require(entries.first)
        #expect(entries.count == 1)
        #expect(e.key == key && e.value == value && e.verbatim == verbatim)
    }

    @Test("comments and blank lines are not entries; a comment does not continue")
    func comments() {
        let text = "# a=b \\\n! c=d\n\n   \ne=f\r\n"
        #expect(PropertiesFile.parse(Array(text.utf8)).map(\.key) == ["e"])
        #expect(PropertiesFile.parse(Array(text.utf8)).first?.value == "f")
    }

    @Test(
        "resource bundles and build-tool wrappers are skipped",
        arguments: [
            ("messages.properties", true), ("messages_de.properties", true), ("ValidationMessages.properties", true),
            ("labels_pt_BR.properties", true), ("application.properties", false), ("kafka_client.properties", false),
            ("application-prod.properties", false), ("consumer.properties", false),
        ])
    func bundles(name: String, skipped: Bool) {
        #expect(PropertiesScanner.isResourceBundle(name) == skipped)
    }

    @Test("random bytes never crash the properties reader or the value scanner")
    func fuzz() {
        var rng = SplitMix(seed: 3)
        let alphabet = Array("=: \\\n\r#!u0a9/@[]{}$,;.".utf8) + [0xC3, 0xA9]
        for _ in 0..<1000 {
            let bytes = (0..<Int(rng.next() % 80)).map { _ in alphabet[Int(rng.next() % UInt64(alphabet.count))] }
            for e in PropertiesFile.parse(bytes) {
                _ = ValueScanner.matches(in: Substring(e.value), key: e.key.isEmpty ? nil : e.key)
                _ = ValueScanner.matches(in: Substring("postgres://" + e.value), key: "DB_URL")
            }
        }
    }
}
