import ResidencyCore

/// The structure of an HCL file: attributes (`name = expression`) and blocks
/// (`type "label" … { body }`). Expressions are kept as their tokens: the scanner needs their
/// strings and simple references (`var.region`, `aws.eu`), not their evaluation.
struct HCLBody: Sendable {
    var attributes: [HCLAttribute] = []
    var blocks: [HCLBlock] = []

    func attribute(_ name: String) -> HCLAttribute? { attributes.first { $0.name == name } }
    func blocks(_ type: String) -> [HCLBlock] { blocks.filter { $0.type == type } }
}

struct HCLAttribute: Sendable {
    var name: String
    var offset: Int
    var expression: [HCLToken]

    /// The expression as a plain value: a literal string (`"eu-north-1"`), or a reference
    /// (`var.region`, `aws.eu`, `"${var.region}"`), a template of references, a conditional
    /// between two such values on a reference (`var.prefixed ? null : var.name`), or nil for
    /// anything else.
    var value: HCLValue? { Self.value(of: expression.filter { $0.kind != .newline }) }

    private static func value(of t: [HCLToken]) -> HCLValue? {
        if let q = t.firstIndex(where: { $0.isSymbol("?") }), let c = t.lastIndex(where: { $0.isSymbol(":") }), q < c,
            case .reference(let condition)? = value(of: Array(t[..<q])),
            let then = value(of: Array(t[(q + 1)..<c])), let otherwise = value(of: Array(t[(c + 1)...]))
        {
            return .conditional(condition: condition, then: then, else: otherwise)
        }
        if t.count == 1, case .string(let s, let verbatim) = t[0].kind {
            // (An escaped `$${x}` decodes to `${x}` but is text: such strings are not verbatim.)
            if verbatim, s.hasPrefix("${"), s.hasSuffix("}"),
                s.dropFirst(2).dropLast().allSatisfy({ $0.isLetter || $0.isNumber || "_-.".contains($0) })
            {
                return .reference(String(s.dropFirst(2).dropLast()))
            }
            guard verbatim, s.hasInfix("${") else { return .literal(s) }
            return HCLValue.isSimpleTemplate(s) ? .template(s) : nil
        }
        guard let first = t.first, first.identifier != nil else { return nil }
        var parts: [String] = []
        var expectName = true
        for token in t {
            if expectName, let name = token.identifier {
                parts.append(name)
                expectName = false
            } else if !expectName, token.isSymbol(".") {
                expectName = true
            } else {
                return nil
            }
        }
        return expectName ? nil : .reference(parts.joined(separator: "."))
    }
}

enum HCLValue: Equatable, Sendable {
    case literal(String)
    case reference(String)
    /// Text with simple references interpolated (`"${local.name}-replica"`): a value once each
    /// reference resolves to one, the way a resource's declared name is usually written.
    case template(String)
    /// `condition ? then : else` on a reference that resolves to `true` or `false`.
    indirect case conditional(condition: String, then: HCLValue, else: HCLValue)

    /// Only `${name.name…}` interpolations (no functions, operators or `%{` directives).
    static func isSimpleTemplate(_ s: String) -> Bool {
        guard !s.hasInfix("%{") else { return false }
        return interpolations(in: s).allSatisfy {
            $0.reference.allSatisfy { $0.isLetter || $0.isNumber || "_-.".contains($0) }
        }
    }

    /// The `${…}` spans of a template, in order: their ranges and the text between the braces.
    static func interpolations(in s: String) -> [(range: Range<String.Index>, reference: Substring)] {
        var out: [(range: Range<String.Index>, reference: Substring)] = []
        var rest = s.startIndex
        while let open = s[rest...].range(of: "${"), let close = s[open.upperBound...].firstIndex(of: "}") {
            out.append((open.lowerBound..<s.index(after: close), s[open.upperBound..<close]))
            rest = s.index(after: close)
        }
        return out
    }
}

struct HCLBlock: Sendable {
    var type: String
    var labels: [String]
    /// Offsets of the labels' first characters (inside the quotes).
    var labelOffsets: [Int]
    var offset: Int
    var body: HCLBody
}

/// Reads tokens into an `HCLBody`. On a syntax error the blocks read so far are kept and the
/// error is returned with them: one bad block does not hide the rest of what was understood.
struct HCLParser {
    struct Failure: Error {
        var offset: Int
        var message: String
    }

    private let tokens: [HCLToken]
    private var i = 0
    private let endOffset: Int

    static func parse(_ bytes: [UInt8]) -> (body: HCLBody, failure: Failure?) {
        var tokens: [HCLToken]
        var lexFailure: Failure?
        do {
            tokens = try HCLLexer.tokenize(bytes)
        } catch {
            // Keep what comes before the line of the error: the blocks there are still understood.
            lexFailure = Failure(offset: error.offset, message: error.message)
            var lineStart = min(error.offset, bytes.count)
            while lineStart > 0, bytes[lineStart - 1] != 0x0A { lineStart -= 1 }
            tokens = (try? HCLLexer.tokenize(Array(bytes[..<lineStart]))) ?? []
        }
        var parser = HCLParser(tokens: tokens, endOffset: bytes.count)
        var body = HCLBody()
        do {
            try parser.body(into: &body, depth: 0, topLevel: true)
            return (body, lexFailure)
        } catch {
            return (body, lexFailure ?? error)
        }
    }

    private init(tokens: [HCLToken], endOffset: Int) {
        self.tokens = tokens
        self.endOffset = endOffset
    }

    private var current: HCLToken? { i < tokens.count ? tokens[i] : nil }

    private mutating func body(into body: inout HCLBody, depth: Int, topLevel: Bool) throws(Failure) {
        guard depth < 64 else {
            throw Failure(offset: current?.offset ?? endOffset, message: "blocks nested too deeply")
        }
        while true {
            while let t = current, t.kind == .newline || t.isSymbol(";") { i += 1 }
            guard let t = current else {
                if topLevel { return }
                throw Failure(offset: endOffset, message: "missing '}'")
            }
            if t.isSymbol("}") {
                if topLevel { throw Failure(offset: t.offset, message: "unexpected '}'") }
                i += 1
                return
            }
            guard let name = t.identifier else {
                throw Failure(offset: t.offset, message: "expected an attribute or block name")
            }
            i += 1
            if let next = current, next.isSymbol("=") || next.isSymbol(":") {
                i += 1
                body.attributes.append(HCLAttribute(name: name, offset: t.offset, expression: try expression()))
                continue
            }
            var labels: [String] = []
            var labelOffsets: [Int] = []
            while let l = current, !l.isSymbol("{") {
                if case .string(let s, _) = l.kind {
                    labels.append(s)
                    labelOffsets.append(l.offset)
                } else if let id = l.identifier {
                    labels.append(id)
                    labelOffsets.append(l.offset)
                } else {
                    throw Failure(offset: l.offset, message: "expected a block label or '{' after the block type")
                }
                i += 1
            }
            guard current != nil else { throw Failure(offset: endOffset, message: "missing '{' after the block type") }
            i += 1
            var inner = HCLBody()
            try self.body(into: &inner, depth: depth + 1, topLevel: false)
            body.blocks.append(
                HCLBlock(type: name, labels: labels, labelOffsets: labelOffsets, offset: t.offset, body: inner))
        }
    }

    /// Tokens up to the newline that ends the attribute (brackets may span lines), or up to
    /// the `}` of a one-line block.
    private mutating func expression() throws(Failure) -> [HCLToken] {
        var out: [HCLToken] = []
        var stack: [String] = []
        let start = current?.offset ?? endOffset
        while let t = current {
            if stack.isEmpty, t.kind == .newline || t.isSymbol("}") || t.isSymbol(";") { break }
            if t.isSymbol("{") {
                stack.append("}")
            } else if t.isSymbol("[") {
                stack.append("]")
            } else if t.isSymbol("(") {
                stack.append(")")
            } else if t.isSymbol("}") || t.isSymbol("]") || t.isSymbol(")") {
                guard case .symbol(let s) = t.kind, stack.last == s else {
                    throw Failure(offset: t.offset, message: "unbalanced brackets")
                }
                stack.removeLast()
            }
            out.append(t)
            i += 1
        }
        if !stack.isEmpty { throw Failure(offset: start, message: "expression is missing '\(stack.last!)'") }
        if out.isEmpty { throw Failure(offset: start, message: "attribute has no value") }
        return out
    }
}
