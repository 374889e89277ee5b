import ResidencyCore
import TestSupport
import Testing

@testable import Scanning

/// A manifest file is parsed one document at a time (`YAMLDocuments.each`), so a dump of many
/// documents is never held as one forest of node trees; what it yields is what reading the whole
/// file at once yields, up to a syntax error, which ends the reading and is reported.
@Suite struct YAMLStreamingTests {
    static let manifests =
        (0..<3).map { i in
            """
            ---
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: settings-\(i)
            data:
              DB_HOST: db-\(i).osl.example.no
            """
        }.joined(separator: "\n") + "\n"

    @Test func eachDocumentIsHandedOverInOrder() {
        var names: [String] = []
        let failure = YAMLDocuments.each(SourceText(Self.manifests)) {
            names.append($0.at("metadata", "name")?.text ?? "?")
        }
        #expect(failure == nil)
        #expect(names == ["settings-0", "settings-1", "settings-2"])
        #expect(YAMLDocuments.read(SourceText(Self.manifests)).documents.count == 3)
    }

    @Test func aSyntaxErrorEndsTheReadingAfterTheGoodDocuments() throws {
        let broken = Self.manifests + "---\nkind: [unclosed\n"
        var count = 0
        let failure = try #require(YAMLDocuments.each(SourceText(broken)) { _ in count += 1 })
        #expect(count == 3)
        // The unclosed flow sequence opened on line 23 is found at the end of the input.
        #expect(failure.line == 24)
    }

    /// The streamed manifest scan finds every document's endpoint.
    @Test func theScannerSeesEveryDocument() {
        let dir = TemporaryDirectory()
        dir.write("k8s/settings.yaml", Self.manifests)
        let hosts = ScanEngine().scan(root: dir.url).endpoints.map(\.host).sorted()
        #expect(hosts == ["db-0.osl.example.no", "db-1.osl.example.no", "db-2.osl.example.no"])
    }
}
