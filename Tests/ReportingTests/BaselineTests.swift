import Foundation
import Reporting
import ResidencyCore
import TestSupport
import Testing

/// The baseline records what was accepted and reads back exactly; anything wrong with the file
/// stops the run with the file's name (and line) instead of silently baselining nothing.
@Suite struct BaselineTests {
    private let findings = AuditSample.findings

    @Test func recordsUnsuppressedFindingsSortedOncePerFingerprint() {
        let baseline = Baseline(findings: findings + [findings[0]], createdFrom: "fixtures/nordic-shop")
        #expect(baseline.schemaVersion == 1 && baseline.tool.name == "residency")
        #expect(baseline.entries.count == findings.filter { !$0.suppressed }.count)
        #expect(baseline.entries == baseline.entries.sorted())
        let suppressed = findings.first { $0.suppressed }!
        #expect(!baseline.contains(fingerprint: suppressed.fingerprint))
        let bucket = findings[0]
        #expect(
            baseline.entries.contains(
                .init(
                    fingerprint: bucket.fingerprint, ruleId: bucket.ruleId,
                    path: "terraform/storage.tf", host: bucket.host)))
        let stale = findings.first { $0.location == nil }!
        #expect(baseline.entries.contains { $0.fingerprint == stale.fingerprint && $0.path == nil })
    }

    @Test func roundTripsThroughTheFile() throws {
        let dir = TemporaryDirectory()
        let baseline = Baseline(findings: findings, createdFrom: "fixtures/nordic-shop")
        let rendered = baseline.render()
        #expect(rendered == Baseline(findings: findings.reversed(), createdFrom: "fixtures/nordic-shop").render())
        let file = dir.write("baseline.json", rendered)
        #expect(try Baseline.load(path: file.path) == baseline)
    }

    @Test func markingSetsBaselinedOnRecordedFingerprintsOnly() {
        let recorded = Array(findings.prefix(2))
        let baseline = Baseline(findings: recorded, createdFrom: ".")
        var fresh = findings
        for i in fresh.indices { fresh[i].baselined = false }
        let marked = baseline.marking(fresh)
        #expect(marked.count == fresh.count)
        for f in marked {
            #expect(f.baselined == recorded.contains { $0.fingerprint == f.fingerprint })
        }
        // The gate then ignores them: the critical bucket finding is recorded, so the run passes.
        let doc = AuditDocument(
            scannedPath: ".", auditDate: AuditSample.auditDate, policy: [], geodata: [], files: 1,
            endpoints: [], findings: marked, chains: [], failOn: .severity(.high))
        #expect(doc.summary.passed)
        #expect(doc.summary.baselined == 2)
    }

    @Test func unknownKeyIsRejectedWithFileAndLine() throws {
        let dir = TemporaryDirectory()
        let file = dir.write(
            "old.json",
            """
            {
              "createdFrom": ".",
              "entries": [
                {"fingerprint": "\(findings[0].fingerprint)", "ruleId": "x", "path": "a.yaml",
                 "fingerprints": "typo"}
              ],
              "schemaVersion": 1,
              "tool": {"name": "residency", "version": "0.1.0"}
            }
            """)
        let error = try #require(throws: BaselineError.self) { try Baseline.load(path: file.path) }
        #expect(error.file == file.path)
        #expect(error.line == 5)
        #expect(error.description.hasPrefix("\(file.path):5: unknown key 'fingerprints' in entries[0]"))
        #expect(!error.description.contains("\n"))
    }

    @Test func unknownTopLevelKeyIsRejected() throws {
        let error = try #require(throws: BaselineError.self) {
            try Baseline.decode(
                Data(
                    #"{"schemaVersion": 1, "tool": {"name": "r", "version": "1"}, "createdFrom": ".", "entries": [], "extra": 1}"#
                        .utf8),
                file: "b.json")
        }
        #expect(error.description.hasPrefix("b.json:1: unknown key 'extra' in the top level"))
    }

    @Test func newerSchemaVersionIsRejected() throws {
        let error = try #require(throws: BaselineError.self) {
            try Baseline.decode(Data("{\n  \"schemaVersion\": 2,\n  \"findings\": []\n}".utf8), file: "new.json")
        }
        #expect(error.line == 2)
        #expect(error.description.hasPrefix("new.json:2: schemaVersion 2 is not supported"))
    }

    @Test func malformedJSONNamesTheLine() throws {
        let text = "{\n  \"schemaVersion\": 1,\n  \"entries\": [\n    {\"fingerprint\": oops}\n  ]\n}\n"
        let error = try #require(throws: BaselineError.self) { try Baseline.decode(Data(text.utf8), file: "bad.json") }
        #expect(error.line == 4)
        #expect(error.description.hasPrefix("bad.json:4: not valid JSON"))
        let crlf = try #require(throws: BaselineError.self) {
            try Baseline.decode(Data(text.replacingOccurrences(of: "\n", with: "\r\n").utf8), file: "crlf.json")
        }
        #expect(crlf.line == 4)
        let empty = try #require(throws: BaselineError.self) { try Baseline.decode(Data(), file: "empty.json") }
        #expect(empty.description.hasPrefix("empty.json"))
    }

    @Test func wrongTypesAndBadFingerprintsAreRejected() throws {
        let head = #"{"schemaVersion": 1, "tool": {"name": "r", "version": "1"}, "createdFrom": ".", "entries": "#
        let wrongType = try #require(throws: BaselineError.self) {
            try Baseline.decode(
                Data((head + #"[{"fingerprint": "\#(findings[0].fingerprint)", "ruleId": 7}]}"#).utf8), file: "t.json")
        }
        #expect(wrongType.description == "t.json: entries[0].ruleId: expected a string")
        let missing = try #require(throws: BaselineError.self) {
            try Baseline.decode(Data((head + #"[{"ruleId": "r"}]}"#).utf8), file: "m.json")
        }
        #expect(missing.description == "m.json: missing key 'fingerprint' in entries[0]")
        let short = try #require(throws: BaselineError.self) {
            try Baseline.decode(Data((head + #"[{"fingerprint": "abc", "ruleId": "r"}]}"#).utf8), file: "f.json")
        }
        #expect(short.description.hasPrefix("f.json:1: entries[0].fingerprint must be 64 lower-case hex characters"))
        let notObject = try #require(throws: BaselineError.self) {
            try Baseline.decode(Data("[]".utf8), file: "a.json")
        }
        #expect(notObject.description.hasPrefix("a.json:1: expected a JSON object"))
    }

    @Test func missingFileAndDirectoryNameThePath() throws {
        let dir = TemporaryDirectory()
        let missing = dir.url.appendingPathComponent("nope.json").path
        let error = try #require(throws: BaselineError.self) { try Baseline.load(path: missing) }
        #expect(error.description == "\(missing): baseline file not found")
        let folder = try #require(throws: BaselineError.self) { try Baseline.load(path: dir.url.path) }
        #expect(folder.description.hasPrefix(dir.url.path + ": is a directory"))
    }
}
