/// One word of an nginx configuration, unquoted and unescaped, with where it is written.
///
/// `offsets` maps each byte of `value` back to its byte offset in the file, so a host inside a
/// quoted or escaped word still gets its exact line and column.
struct NginxToken: Sendable, Equatable {
    enum Kind: Sendable, Equatable { case word, openBrace, closeBrace, semicolon }

    let kind: Kind
    /// The word as nginx reads it: quotes removed, backslash escapes applied.
    let value: String
    /// Byte offset in the file of each byte of `value` (empty for punctuation).
    let offsets: [Int]
    /// Byte offset of the token's first character as written (the quote, for a quoted word).
    let start: Int
    let quoted: Bool

    /// File byte offset of the UTF-8 byte at `index` in `value`.
    func offset(ofValueByte index: Int) -> Int {
        if offsets.isEmpty { return start }
        return offsets[max(0, min(index, offsets.count - 1))]
    }
}
