import TestSupport
import Testing

@testable import Scanning

/// The file check agrees with the standard library's UTF-8 decoder on every well-formed and
/// ill-formed sequence: table 3-7's edges, and random bytes biased towards multi-byte leads.
@Suite struct UTF8ValidationTests {
    static func decoderAccepts(_ bytes: [UInt8]) -> Bool {
        var it = bytes.makeIterator()
        var decoder = UTF8()
        while true {
            switch decoder.decode(&it) {
            case .scalarValue: continue
            case .emptyInput: return true
            case .error: return false
            }
        }
    }

    @Test(
        arguments: [
            [], Array("plain ascii, longer than eight bytes".utf8), Array("blåbærsyltetøy 🫐 ünïcødé".utf8),
            [0xC2, 0x80], [0xDF, 0xBF], [0xE0, 0xA0, 0x80], [0xED, 0x9F, 0xBF], [0xEE, 0x80, 0x80],
            [0xF0, 0x90, 0x80, 0x80], [0xF4, 0x8F, 0xBF, 0xBF],
        ] as [[UInt8]])
    func wellFormed(_ bytes: [UInt8]) {
        #expect(UTF8Validation.isValid(bytes))
        #expect(Self.decoderAccepts(bytes))
    }

    @Test(
        arguments: [
            [0x80], [0xC0, 0x80], [0xC1, 0xBF], [0xE0, 0x80, 0x80], [0xED, 0xA0, 0x80], [0xF0, 0x80, 0x80, 0x80],
            [0xF4, 0x90, 0x80, 0x80], [0xF5, 0x80, 0x80, 0x80], [0xFF], [0xC2], [0xE1, 0x80],
            Array("12345678".utf8) + [0xC3],
        ] as [[UInt8]])
    func illFormed(_ bytes: [UInt8]) {
        #expect(!UTF8Validation.isValid(bytes))
        #expect(!Self.decoderAccepts(bytes))
    }

    @Test func agreesWithTheDecoderOnRandomBytes() {
        var rng = SplitMix(seed: 3)
        let alphabet: [UInt8] = [
            0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC2, 0xDF, 0xE0, 0xED, 0xEF, 0xF0, 0xF4, 0xF5,
        ]
        var valid = 0
        for _ in 0..<20_000 {
            let bytes = (0..<Int.random(in: 0...12, using: &rng)).map { _ in alphabet.randomElement(using: &rng)! }
            let expected = Self.decoderAccepts(bytes)
            #expect(UTF8Validation.isValid(bytes) == expected, "\(bytes)")
            if expected { valid += 1 }
        }
        #expect(valid > 1_000)
    }
}
