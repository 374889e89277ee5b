/// One lexical unit of HCL native syntax, with the file offset it starts at.
struct HCLToken: Sendable {
    enum Kind: Sendable, Equatable {
        case identifier(String)
        case number
        /// A quoted template: its text between the quotes (escapes decoded, `${…}` kept as
        /// written) and whether that text stands in the file byte for byte.
        case string(String, verbatim: Bool)
        /// A heredoc's body, kept as written.
        case heredoc(String)
        /// Punctuation and operators: `{ } [ ] ( ) = : , . ? !`, `==`, `=>`, `&&`…
        case symbol(String)
        case newline
    }

    var kind: Kind
    /// Byte offset of the token; for strings and heredocs, of the first character of the text.
    var offset: Int

    var identifier: String? {
        if case .identifier(let s) = kind { return s }
        return nil
    }

    var text: String? {
        switch kind {
        case .string(let s, _), .heredoc(let s): return s
        default: return nil
        }
    }

    func isSymbol(_ s: String) -> Bool { kind == .symbol(s) }
}
