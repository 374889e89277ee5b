import Foundation
import ResidencyCore
import TestSupport
import Testing

@testable import Scanning

/// Runs every example of every scanner through the whole scan engine (discovery, every scanner
/// that accepts the file, the merge), and checks that exactly the expected references are found
/// at exactly the expected places: a missing endpoint and an invented one both fail.
struct ScannerExampleTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let scanner: String
        let example: ScannerExample
        var testDescription: String { "\(scanner): \(example.name)" }
    }

    static let cases: [Case] = ScannerRegistry.all.flatMap { s in
        s.description.examples.map { Case(scanner: s.description.id, example: $0) }
    }

    @Test("every scanner has examples")
    func everyScannerHasExamples() {
        for s in ScannerRegistry.all {
            #expect(!s.description.examples.isEmpty, "\(s.description.id) has no examples")
            #expect(!s.description.summary.isEmpty)
        }
        #expect(
            Set(ScannerRegistry.all.map(\.description.id)).count == ScannerRegistry.all.count, "scanner ids are unique")
    }

    @Test("scanner example", arguments: cases)
    func example(_ c: Case) throws {
        let dir = TemporaryDirectory()
        for f in c.example.files { dir.write(f.path, f.content) }
        let result = ScanEngine().scan(root: dir.url)
        let mainPath = c.example.files[0].path

        struct Found: Hashable, CustomStringConvertible {
            let host: String, port: Int?, kind: EndpointKind, path: String, line: Int, column: Int
            var description: String {
                "\(kind.rawValue)://\(host)\(port.map { ":\($0)" } ?? "") at \(path):\(line):\(column)"
            }
        }
        var found = Set<Found>()
        for e in result.endpoints {
            for s in e.sources {
                found.insert(
                    Found(host: e.host, port: e.port, kind: e.kind, path: s.path, line: s.line, column: s.column))
            }
        }
        let expected = Set(
            c.example.finds.map {
                Found(
                    host: $0.host, port: $0.port, kind: $0.kind, path: $0.path ?? mainPath, line: $0.line,
                    column: $0.column)
            })
        let missing = expected.subtracting(found).map(\.description).sorted()
        let extra = found.subtracting(expected).map(\.description).sorted()
        #expect(missing.isEmpty, "not found: \(missing)")
        #expect(extra.isEmpty, "found but not expected: \(extra)")
        #expect(Set(result.unresolved.map(\.variable)) == Set(c.example.unresolved))
        #expect(result.diagnostics.count == c.example.diagnostics, "diagnostics: \(result.diagnostics.map(\.message))")
    }
}
