import Testing

@testable import Reporting
@testable import ResidencyCore

/// The escaping functions return a value untouched when a byte scan finds nothing to escape.
/// That scan must agree with the character rules: a value comes back unchanged exactly when it
/// holds none of the characters each format escapes.
@Suite struct EscapingShortcutTests {
    /// Plain text, every character some format escapes, C0 and C1 controls, DEL, non-characters,
    /// and multi-byte letters whose UTF-8 bytes come near those of the others (ø is C3 B8, U+0085 is
    /// C2 85, U+FFFE is EF BF BE).
    static let alphabet: [String] = [
        "a", "Z", "0", "7", " ", ".", "/", ":", "-", "+", "=", ")", "\\", "`", "*", "_", "[", "]", "<", ">", "|",
        "&", "#", "~", "!", "\"", "'", ",", "\n", "\r", "\t", "\u{1}", "\u{1B}", "\u{7F}", "\u{85}", "\u{9F}",
        "\u{A0}", "ø", "é", "\u{FFFE}", "\u{FFFF}", "\u{FFFD}", "\u{EFBF}", "🇳🇴",
    ]

    static func samples() -> [String] {
        var rng = SystemRandomNumberGenerator()
        return (0..<3_000).map { _ in
            (0..<Int.random(in: 0...6, using: &rng)).map { _ in alphabet.randomElement(using: &rng)! }.joined()
        } + ["", "plain-host.example.no", "orders-db.eu-north-1.rds.amazonaws.com:5432"]
    }

    @Test func markupLeavesExactlyTheValuesWithoutSpecialsUntouched() {
        let text: Set<Unicode.Scalar> = ["&", "<", ">", "\"", "'", "\r"]
        let attribute = text.union(["\n", "\t"])
        func clean(_ s: String, _ specials: Set<Unicode.Scalar>) -> Bool {
            s.unicodeScalars.allSatisfy { c in
                !specials.contains(c)
                    && (c == "\t" || c == "\n" || c == "\r"
                        || (c.value >= 0x20 && c.value != 0xFFFE && c.value != 0xFFFF))
            }
        }
        for s in Self.samples() {
            #expect((MarkupEscaping.text(s) == s) == clean(s, text), "\(s.unicodeScalars.map(\.value))")
            #expect((MarkupEscaping.attribute(s) == s) == clean(s, attribute), "\(s.unicodeScalars.map(\.value))")
        }
    }

    @Test func markdownLeavesExactlyTheValuesWithoutSpecialsUntouched() {
        let specials = Set("\\`*_[]<>|&#~!\n\r".unicodeScalars)
        for s in Self.samples() {
            let first = s.unicodeScalars.first
            let startsLikeAListItem = first.map { "-+=".unicodeScalars.contains($0) } ?? false
            let numbered = s.unicodeScalars.prefix { ("0"..."9").contains($0) }.count
            let afterDigits = s.unicodeScalars.dropFirst(numbered)
            let numberedItem =
                numbered > 0 && (afterDigits.first == "." || afterDigits.first == ")")
                && (afterDigits.dropFirst().first.map { $0 == " " } ?? true)
            let plain = !startsLikeAListItem && !numberedItem && !s.unicodeScalars.contains { specials.contains($0) }
            #expect((MarkdownEscaping.text(s) == s) == plain, "\(s.unicodeScalars.map(\.value))")
        }
        #expect(MarkdownEscaping.code("db.example.no") == "`db.example.no`")
        #expect(MarkdownEscaping.code("a|b") == "`a\\|b`")
        #expect(MarkdownEscaping.code("``x") == "``` ``x ```")
        #expect(MarkdownEscaping.code("a\u{2028}b") == "`a b`")
    }

    @Test func controlCharactersAreFoundOnTheBytes() {
        for s in Self.samples() {
            let expected = s.unicodeScalars.contains { c in
                (c.value < 0x20 || (0x7F...0x9F).contains(c.value)) && c != "\n" && c != "\t"
            }
            #expect(
                ControlCharacters.holdsControl(s, keeping: ["\n", "\t"]) == expected, "\(s.unicodeScalars.map(\.value))"
            )
            #expect((ControlCharacters.replace(in: s) == s) == !expected)
        }
    }
}
