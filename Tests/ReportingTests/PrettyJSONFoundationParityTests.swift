import Foundation
import ResidencyCore
import Testing

@testable import Reporting

/// `PrettyJSONEncoder` writes objects in encoding order into one buffer and sorts their members
/// afterwards; these are the cases where that could go wrong, each compared with `JSONEncoder`
/// (sorted keys, pretty, slashes unescaped): a key written twice, keys already in order or in
/// reverse, keys whose escaped form sorts differently, a container asked for twice, nesting,
/// empty containers and optionals at depth. And the array items `JSONOutput.write` splices in.
@Suite struct PrettyJSONFoundationParityTests: JSONParityChecking {
    struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(_ s: String) { stringValue = s }
        init?(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    /// Members written as listed, one container or (`twice`) one container per member.
    struct Members: Encodable {
        var members: [(String, Member)]
        var twice = false

        indirect enum Member: Encodable {
            case int(Int)
            case string(String)
            case null, absent
            case object(Members)
            case list([Member])
            case empty([Int])

            func encode(to encoder: any Encoder) throws {
                switch self {
                case .object(let m): try m.encode(to: encoder)
                case .list(let items):
                    var c = encoder.unkeyedContainer()
                    for item in items { try c.encode(item) }
                default:
                    var c = encoder.singleValueContainer()
                    switch self {
                    case .int(let i): try c.encode(i)
                    case .string(let s): try c.encode(s)
                    case .empty(let e): try c.encode(e)
                    default: try c.encodeNil()
                    }
                }
            }
        }

        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: Key.self)
            for (key, member) in members {
                if twice { c = encoder.container(keyedBy: Key.self) }
                switch member {
                case .int(let i): try c.encode(i, forKey: Key(key))
                case .string(let s): try c.encode(s, forKey: Key(key))
                case .null: try c.encodeNil(forKey: Key(key))
                case .absent: try c.encodeIfPresent(String?.none, forKey: Key(key))
                default: try c.encode(member, forKey: Key(key))
                }
            }
        }
    }

    @Test func aKeyWrittenTwiceKeepsTheLastValueInItsSortedPlace() throws {
        let value = Members(members: [
            ("b", .int(1)), ("a", .int(2)), ("c", .string("first")), ("a", .string("last")), ("c", .null),
            ("b", .object(Members(members: [("y", .int(1)), ("x", .int(2)), ("y", .list([.int(3)]))]))),
        ])
        try expectSame(value)
        let json = String(decoding: try PrettyJSONEncoder.encode(value), as: UTF8.self)
        #expect(json.contains("\"a\" : \"last\"") && !json.contains("\"first\""), "the last write for a key wins")
        try expectSame(Members(members: [("k", .int(1)), ("k", .int(2)), ("k", .int(3))]))
    }

    @Test func keysInOrderReversedAndEscaped() throws {
        let sorted = ["a", "b", "c", "d"].map { ($0, Members.Member.int(1)) }
        try expectSame(Members(members: sorted))
        try expectSame(Members(members: sorted.reversed()))
        // `"` and `\` escape to `\"` and `\\`, whose bytes sort differently from the keys'.
        let escaped = ["a\"b", "a", "a\\", "a#", "\n", "ab", "a]", "é", "A", "\u{1}"].map {
            ($0, Members.Member.int(2))
        }
        try expectSame(Members(members: escaped))
        try expectSame(Members(members: escaped.reversed()))
        try expectSame(Dictionary(uniqueKeysWithValues: escaped.enumerated().map { ($1.0, $0) }))
    }

    /// A writer remembers how each sequence of keys sorts; sequences of one length but other
    /// keys, another order or a key twice must each get their own order.
    @Test func objectsOfOneLengthWithOtherKeysInOneValue() throws {
        func object(_ keys: String...) -> Members { Members(members: keys.map { ($0, .string($0)) }) }
        let objects = [
            object("a", "b"), object("b", "a"), object("a", "a"), object("b", "a"), object("a", "c"),
            object("ab", "c"), object("a", "bc"), object("c", "a"), object("a", "b"), object("b", "b"),
        ]
        try expectSame(objects)
        try expectSame(objects.reversed() as [Members])
    }

    @Test func aContainerAskedForAgainContinuesTheObject() throws {
        try expectSame(Members(members: [("z", .int(1)), ("m", .string("x")), ("a", .null)], twice: true))
    }

    @Test func nestingEmptyContainersAndOptionalsAtDepth() throws {
        let inner = Members(members: [
            ("list", .list([.int(1), .list([]), .object(Members(members: [])), .null, .empty([])])),
            ("absent", .absent), ("null", .null), ("empty", .empty([])),
            (
                "deeper",
                .object(Members(members: [("q\"uote", .string("a/b\\c\n")), ("0", .list([.list([.list([])])]))]))
            ),
        ])
        try expectSame(inner)
        try expectSame([Members.Member.object(inner), .list([]), .object(Members(members: []))])
        try expectSame([[String: [Int?]]]([[:], ["b": [nil, 1], "a": []]]))
        try expectSame(Members(members: [("only", .absent)]))
    }

    @Test func spliceItemsAreTheArraysLinesAtTheirDepth() throws {
        let doc = AuditSample.document()
        let sarif = try SARIFRenderer.log(doc, context: .describing(doc))
        for depth in [1, 3] {
            #expect(
                try JSONOutput.encodeItems(doc.findings, depth: depth)
                    == JSONOutput.itemLines(of: foundation(doc.findings), depth: depth))
            #expect(
                try JSONOutput.encodeItems(doc.endpoints, depth: depth)
                    == JSONOutput.itemLines(of: foundation(doc.endpoints), depth: depth))
            #expect(
                try JSONOutput.encodeItems(doc.chains, depth: depth)
                    == JSONOutput.itemLines(of: foundation(doc.chains), depth: depth))
            let results = sarif.runs[0].results
            #expect(
                try JSONOutput.encodeItems(results, depth: depth)
                    == JSONOutput.itemLines(of: foundation(results), depth: depth))
        }
        // Left to JSONEncoder (dates) and re-indented: the same lines.
        let dates = [Date(timeIntervalSinceReferenceDate: 1), Date(timeIntervalSinceReferenceDate: 2.5)]
        #expect(throws: PrettyJSONEncoder.Unsupported.self) { try PrettyJSONEncoder.items(dates, depth: 1) }
        #expect(try JSONOutput.encodeItems(dates, depth: 2) == JSONOutput.itemLines(of: foundation(dates), depth: 2))
    }

    /// Strings are scanned eight bytes at a time: every escaped byte at every place of a string
    /// longer than two words, among ASCII and multi-byte characters, as JSONEncoder writes it.
    @Test func escapesAtEveryPlaceOfALongString() throws {
        let special: [UInt8] = Array(0..<0x20) + [0x22, 0x5C, 0x2F, 0x7F, 0x21, 0x23, 0x5B, 0x5D]
        var strings: [String] = []
        for filler in ["abcdefghijklmnopqrs", "ä€😀xyzäöü€😀ab"] {
            let bytes = Array(filler.utf8)
            for place in 0...bytes.count {
                for b in special {
                    var s = bytes
                    s.insert(b, at: place)
                    strings.append(String(decoding: s, as: UTF8.self))
                }
            }
        }
        try expectSame(strings)
        // The word test itself, against the byte test, on words of each byte in each position.
        for b in UInt8.min...UInt8.max {
            for shift in stride(from: 0, to: 64, by: 8) {
                let word = (UInt64(0x6161_6161_6161_6161) & ~(0xFF << UInt64(shift))) | (UInt64(b) << UInt64(shift))
                #expect(PrettyJSONWriter.anyEscape(word) == (b < 0x20 || b == 0x22 || b == 0x5C), "byte \(b)")
            }
        }
    }

    /// A value that asks for no container: JSONEncoder's own answer, whatever it is.
    struct Nothing: Encodable { func encode(to encoder: any Encoder) throws {} }

    @Test func whatItCannotPlaceIsLeftToFoundation() throws {
        #expect(throws: PrettyJSONEncoder.Unsupported.self) { try PrettyJSONEncoder.encode(["x": Nothing()]) }
        let viaOutput = Result { try JSONOutput.encodeFragment(["x": Nothing()]) }
        let viaFoundation = Result { try foundation(["x": Nothing()]) }
        #expect((try? viaOutput.get()) == (try? viaFoundation.get()))
    }
}
