import Foundation
import ResidencyCore
import Testing

@testable import Reporting

/// A newline in a folder name, a host or a message cannot forge a line of a human-readable
/// report, and no escape sequence reaches the terminal: every value is kept to its line.
@Suite struct LineForgeryTests {
    static let forged = "\nCRITICAL (9)\n  1. Forged finding  [persistence-outside-eea]\n\u{1B}[2J"

    static func lines(_ text: String) -> [Substring] { text.split(separator: "\n", omittingEmptySubsequences: false) }

    @Test func auditTextKeepsEveryValueToItsLine() throws {
        func doc(_ extra: String) -> AuditDocument {
            var doc = AuditSample.document()
            doc.scannedPath = "estate" + extra
            doc.findings[0].location = Finding.Place(path: "k8s" + extra + "/x.yaml", line: 1, column: 1)
            doc.findings[0].host = "db" + extra
            doc.findings[0].message = "stored" + extra
            doc.findings[0].evidence = ["seen" + extra]
            doc.findings[0].remediation = ["move" + extra]
            doc.chains[0].route = "route" + extra
            return doc
        }
        // The report wraps to 100 columns, so the harmless twin is the same text with its breaks
        // already replaced: the forged values must render exactly as that (same lines, same wrapping).
        let clean = try AuditFormat.text.render(doc(ControlCharacters.line(Self.forged)), context: AuditSample.context)
        let out = try AuditFormat.text.render(doc(Self.forged), context: AuditSample.context)
        #expect(out == clean, "no line was added")
        #expect(!Self.lines(out).contains { $0 == "CRITICAL (9)" || $0.hasPrefix("  1. Forged") })
        #expect(!out.unicodeScalars.contains("\u{1B}"))
        #expect(out.contains("k8s\u{FFFD}CRITICAL (9)\u{FFFD}  1. Forged finding"))
    }

    @Test func endpointsTextKeepsEveryValueToItsLine() {
        func doc(_ extra: String) -> EndpointsDocument {
            EndpointsDocument(
                scannedPath: "estate" + extra, files: 1,
                endpoints: Endpoint.merge([
                    EndpointReference(
                        host: "db.example.no", port: 5432, scheme: "postgres", kind: .postgres,
                        location: SourceLocation(
                            path: "dir" + extra + "/a.env", line: 1, column: 14, context: "env URL" + extra))
                ]),
                unresolved: [
                    UnresolvedReference(
                        variable: "DB" + extra,
                        location: SourceLocation(
                            path: "dir" + extra + "/b.env", line: 2, column: 3, context: "env X" + extra))
                ],
                diagnostics: [Diagnostic(path: "dir" + extra + "/c.yaml", line: 1, column: 1, message: "bad" + extra)],
                skippedBinary: 0)
        }
        let clean = EndpointsText.render(doc(""))
        let out = EndpointsText.render(doc(Self.forged))
        #expect(Self.lines(out).count == Self.lines(clean).count, "\(out)")
        #expect(!Self.lines(out).contains { $0 == "CRITICAL (9)" || $0.hasPrefix("  1. Forged") })
        #expect(!out.unicodeScalars.contains("\u{1B}"))
    }

    @Test func lineReplacesBreaksTabsAndEscapes() {
        #expect(
            ControlCharacters.line("a\nb\rc\td\u{1B}e\u{9B}f\u{7F}")
                == "a\u{FFFD}b\u{FFFD}c\u{FFFD}d\u{FFFD}e\u{FFFD}f\u{FFFD}")
        #expect(ControlCharacters.replace(in: "a\nb\u{1B}") == "a\nb\u{FFFD}")
        #expect(ControlCharacters.line("Tromsø 🇳🇴") == "Tromsø 🇳🇴")
    }
}
