import Foundation
import ResidencyCore
import Testing

@testable import Reporting

/// The CSV parses back per RFC 4180 into one row per finding, fields with commas, quotes and
/// newlines intact, and nothing a spreadsheet would run as a formula.
@Suite struct AuditFormatCSVTests {
    @Test func roundTripsOneRowPerFinding() throws {
        let doc = AuditSample.document()
        let rows = try Self.parse(try AuditFormat.csv.render(doc, context: .describing(doc)))
        #expect(rows.count == doc.findings.count + 1)
        #expect(rows[0] == AuditCSV.columns)
        #expect(rows.allSatisfy { $0.count == AuditCSV.columns.count })
        for (f, row) in zip(doc.findings, rows.dropFirst()) {
            #expect(row[2] == f.ruleId && row[10] == f.fingerprint)
            #expect(row[11] == String(f.suppressed) && row[12] == String(f.baselined))
        }
        let configError = try #require(rows.first { $0[2] == "config-error" })
        #expect(configError[9] == doc.findings.first { $0.ruleId == "config-error" }?.message)
        #expect(configError[9].contains(",") && configError[9].contains("\"") && configError[9].contains("\n"))
    }

    @Test func recordsEndWithCRLF() throws {
        let csv = try AuditFormat.csv.render(AuditSample.document(), context: .describing(AuditSample.document()))
        #expect(csv.hasSuffix("\r\n"))
        #expect(csv.hasPrefix(AuditCSV.columns.joined(separator: ",") + "\r\n"))
    }

    @Test func formulaCellsAreDefused() throws {
        #expect(CSVField.encode("=1+1") == "'=1+1")
        #expect(CSVField.encode("+SUM(A1)") == "'+SUM(A1)")
        #expect(CSVField.encode("-2") == "'-2")
        #expect(CSVField.encode("@cmd") == "'@cmd")
        #expect(CSVField.encode("\tx") == "'\tx")
        #expect(CSVField.encode("=HYPERLINK(\"x\",\"y\")") == "\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\"")
        #expect(CSVField.encode("a-b") == "a-b")
        let rows = try Self.parse(
            try AuditFormat.csv.render(
                AuditHostileSample.document(), context: .describing(AuditHostileSample.document())))
        for field in rows.dropFirst().flatMap({ $0 }) {
            #expect(!(field.first.map { "=+-@\t\r".contains($0) } ?? false), "formula cell: \(field)")
        }
        let remediation = try #require(rows.first { $0[2] == "persistence-outside-eea" }?[13])
        #expect(remediation == "'-cmd|' /C calc'!A0 | +SUM(1,2) | @import")
    }

    @Test func quotingFollowsRFC4180() {
        #expect(CSVField.encode("plain") == "plain")
        #expect(CSVField.encode("a,b") == "\"a,b\"")
        #expect(CSVField.encode("say \"hi\"") == "\"say \"\"hi\"\"\"")
        #expect(CSVField.encode("two\nlines") == "\"two\nlines\"")
        #expect(CSVField.encode("crlf\r\nin") == "\"crlf\r\nin\"")
        #expect(CSVField.encode("") == "")
    }

    /// A strict RFC 4180 reader: records end with CRLF, quoted fields may hold anything.
    static func parse(_ text: String) throws -> [[String]] {
        struct Malformed: Error {}
        var rows: [[String]] = []
        var row: [String] = []
        var field = ""
        var scalars = Array(text.unicodeScalars)[...]
        var quoted = false
        var atFieldStart = true
        var closed = false
        while let c = scalars.popFirst() {
            if quoted {
                if c == "\"" {
                    if scalars.first == "\"" {
                        scalars.removeFirst()
                        field.unicodeScalars.append("\"")
                    } else {
                        quoted = false
                        closed = true
                    }
                } else {
                    field.unicodeScalars.append(c)
                }
                continue
            }
            // After a closing quote only a delimiter may follow.
            if closed && c != "," && c != "\r" { throw Malformed() }
            closed = false
            if c == "\"" && atFieldStart {
                quoted = true
                atFieldStart = false
            } else if c == "," {
                row.append(field)
                field = ""
                atFieldStart = true
            } else if c == "\r" {
                guard scalars.popFirst() == "\n" else { throw Malformed() }
                row.append(field)
                rows.append(row)
                row = []
                field = ""
                atFieldStart = true
            } else if c == "\n" || c == "\"" {
                throw Malformed()
            } else {
                field.unicodeScalars.append(c)
                atFieldStart = false
            }
        }
        guard !quoted, row.isEmpty, field.isEmpty else { throw Malformed() }
        return rows
    }
}
