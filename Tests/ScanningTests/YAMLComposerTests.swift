import Foundation
import ResidencyCore
import TestSupport
import Testing
import Yams

@testable import Scanning

/// `YAMLComposer` builds the manifest scanners' nodes from libyaml's events and hands what it
/// leaves to Yams: whichever reads a file, the documents and the failure are what Yams alone gives.
@Suite struct YAMLComposerTests {
    /// Yams alone: every root converted, and the failure Yams throws.
    static func reference(_ text: SourceText) -> (documents: [YAMLNode], failure: YAMLDocuments.Failure?) {
        var docs: [YAMLNode] = []
        do {
            let parser = try Parser(yaml: text.string, resolver: .basic, encoding: .utf8)
            while let root = try parser.nextRoot() {
                var converted: [Int: YAMLNode] = [:]
                docs.append(YAMLNode(root, converted: &converted))
            }
            return (docs, nil)
        } catch {
            return (docs, YAMLDocuments.Failure(error, in: text))
        }
    }

    /// A node's text, style, place and children, in one string to compare.
    static func dump(_ node: YAMLNode, depth: Int = 0) -> String {
        let at = "@\(node.mark.line):\(node.mark.column)"
        guard depth < 20 else { return "…" }
        switch node.content {
        case .scalar(let s, let style): return "\(String(reflecting: s))/\(style)\(at)"
        case .sequence(let items): return "[" + items.map { dump($0, depth: depth + 1) }.joined(separator: ", ") + "]\(at)"
        case .mapping(let pairs, let merges, let distinct):
            let body = pairs.map { dump($0.keyNode, depth: depth + 1) + ": " + dump($0.value, depth: depth + 1) }
            return "{" + body.joined(separator: ", ") + "}\(at) merges=\(merges) distinct=\(distinct)"
        }
    }

    static func same(_ yaml: String) -> (matches: Bool, composedAll: Bool, failure: YAMLDocuments.Failure?) {
        let text = SourceText(yaml)
        let got = YAMLDocuments.read(text)
        let want = reference(text)
        let composedAll = YAMLComposer.each(text.bytes) { _ in }.complete
        let matches =
            got.documents.map { dump($0) } == want.documents.map { dump($0) }
            && got.failure?.line == want.failure?.line && got.failure?.column == want.failure?.column
            && got.failure?.message == want.failure?.message && (got.failure == nil) == (want.failure == nil)
        return (matches, composedAll, got.failure)
    }

    static let manifest = """
        # a comment
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: 'api', labels: {app: "api"}}
        defaults: &defaults
          retries: 3
          host: db.osl.example.no
        spec:
          <<: *defaults
          host: "édition.example.no"   # columns count characters, not bytes
          literal: |
            spring.datasource.url=jdbc:postgresql://pg:5432/x
          folded: >
            a b
          empty:
          list:
            - one
            - &item {k: v}
            - *item
        ---
        second: *defaults
        ---
        """

    @Test func theCommonCaseIsComposedWithoutYams() {
        let r = Self.same(Self.manifest)
        #expect(r.matches)
        #expect(r.composedAll)
        #expect(r.failure == nil)
    }

    @Test(arguments: [
        "a: 1\na: 2\n",  // a duplicate key: Yams' error
        "1: a\n!!int 1: b\n",  // the same text under two tags: no duplicate for Yams
        "? [a, b]\n: c\nd: e\n",  // a collection as a key
        "a: *nowhere\n",  // an undefined alias
        "a: 1\n---\nb: [2\n",  // a syntax error in the second document
        "a: \"\\uFEFFx\"\n---\nb: 2\n",  // a scalar that starts with a byte order mark
    ])
    func whatTheComposerLeavesIsReadByYams(_ yaml: String) {
        let r = Self.same(yaml)
        #expect(r.matches)
        #expect(!r.composedAll)
    }

    @Test func aDuplicateKeyIsStillAFailure() throws {
        let failure = try #require(Self.same("x: 0\n---\na: 1\nb: 2\na: 3\n").failure)
        #expect(failure.message == "YAML mapping has a duplicate key")
        #expect(failure.duplicateKeys == ["a"])
        #expect(failure.line == 3)
    }

    /// Every YAML file of the fixtures reads the same both ways.
    @Test func everyFixtureReadsAsYamsReadsIt() throws {
        let files = FileManager.default.enumerator(atPath: PackagePaths.fixtures.path)?.compactMap { $0 as? String }
            .filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") } ?? []
        #expect(files.count > 10)
        for f in files {
            let bytes = try [UInt8](Data(contentsOf: PackagePaths.fixtures.appendingPathComponent(f)))
            let r = Self.same(String(decoding: bytes, as: UTF8.self))
            #expect(r.matches, "\(f)")
        }
    }

    /// Nested aliases share their nodes: a small "billion laughs" file stays small.
    @Test func anAliasIsTheNodeItNames() throws {
        let yaml = "a: &a [x, x]\nb: &b [*a, *a]\nc: [*b, *b]\n"
        let doc = try #require(YAMLDocuments.read(SourceText(yaml)).documents.first)
        let c = try #require(doc.at("c"))
        #expect(c.items.count == 2 && c.items[0] === c.items[1])
        #expect(c.items[0] === doc.at("b"))
        #expect(Self.same(yaml).matches)
    }
}
