import Foundation
import ResidencyCore
import Testing

@testable import Reporting

/// `PrettyJSONEncoder` writes byte for byte what `JSONEncoder` (sorted keys, pretty, slashes
/// unescaped) writes, for the reports and for every corner of strings, numbers and containers;
/// what it leaves to `JSONEncoder` (dates, nested containers) still comes out the same.
@Suite struct PrettyJSONEncoderTests: JSONParityChecking {
    @Test func reportsAsFoundationWritesThem() throws {
        for doc in [AuditSample.document(), AuditHostileSample.document()] {
            try expectSame(doc)
            try expectSame(SARIFRenderer.log(doc, context: .describing(doc)))
            try expectSame(doc.findings)
        }
    }

    struct Corners: Encodable {
        var strings: [String]
        var doubles: [Double]
        var ints: [Int]
        var wide: [UInt64]
        var small: [Int8]
        var flags: [Bool]
        var optionals: [String?]
        var nothing: String?
        var empty: [Int] = []
        // `[String]` is written by a fast path of its own: empty, nested and as a member.
        var noStrings: [String] = []
        var stringLists: [[String]] = [[], ["a"], ["b", "c\"d"]]
        var emptyObject: [String: Int] = [:]
        var nested: [[String: [Int]]]
        var byNumber: [Int: String]
        var severity: Severity
        var threshold: FailThreshold
    }

    @Test func cornersOfStringsNumbersAndContainers() throws {
        let controls = String(decoding: (0..<0x20).map { UInt8($0) }, as: UTF8.self)
        let value = Corners(
            strings: [
                "", "plain", "q\"uote", "back\\slash", "a/b//c", controls, "\u{7F}\u{80}\u{9F}", "ünïcødé", "👩‍👩‍👧",
                "e\u{301}", "\u{2028}\u{2029}", "tab\tnew\nline\r", "</script>", "key : value,",
            ],
            doubles: [
                0, -0.0, 1, -1, 1.5, 0.1, 2.0 / 3.0, 1e20, 1e21, 1e-7, 123456.789, 59.91, 10.75, .leastNonzeroMagnitude,
                1.7976931348623157e308, 4.9e-5, 100, 1e16, 12_345_678_901_234_567_168,
            ],
            ints: [0, -1, 42, Int.min, Int.max], wide: [0, UInt64.max], small: [Int8.min, Int8.max],
            flags: [true, false],
            optionals: ["x", nil], nothing: nil,
            nested: [[:], ["b": [], "a": [1, 2], "B": [3], "ä": [4], "a b": [5], "a.b": [6]]],
            byNumber: [10: "ten", 2: "two", -1: "minus one"],
            severity: .critical, threshold: .severity(.medium))
        try expectSame(value)
        try expectSame(["top", "level", "array"])
        try expectSame([String]())
        try expectSame("a top-level string")
        try expectSame(3.25)
    }

    struct WithDate: Encodable {
        var when = Date(timeIntervalSinceReferenceDate: 12345.5)
        var name = "d"
    }

    struct WithNested: Encodable {
        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: AnyKey.self)
            var inner = c.nestedContainer(keyedBy: AnyKey.self, forKey: AnyKey("outer"))
            try inner.encode(1, forKey: AnyKey("x"))
        }
    }

    struct AnyKey: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(_ s: String) { stringValue = s }
        init?(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    @Test func whatItLeavesToFoundationComesOutTheSame() throws {
        #expect(throws: PrettyJSONEncoder.Unsupported.self) { try PrettyJSONEncoder.encode(WithDate()) }
        #expect(throws: PrettyJSONEncoder.Unsupported.self) { try PrettyJSONEncoder.encode(WithNested()) }
        #expect(throws: PrettyJSONEncoder.Unsupported.self) { try PrettyJSONEncoder.encode([Double.nan]) }
        #expect(try JSONOutput.encodeFragment(WithDate()) == foundation(WithDate()))
        #expect(try JSONOutput.encodeFragment(WithNested()) == foundation(WithNested()))
        // Not finite: JSONEncoder's own error, as before.
        #expect(throws: EncodingError.self) { try JSONOutput.encodeFragment([Double.infinity]) }
    }
}
