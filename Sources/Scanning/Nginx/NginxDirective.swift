/// One nginx directive: its name, its arguments, and its block (`server { … }`) if it has one.
struct NginxDirective: Sendable {
    let name: NginxToken
    let args: [NginxToken]
    /// nil for a simple directive ending in `;`.
    let block: [NginxDirective]?

    var nameText: String { name.value }
}

/// Builds the directive tree from tokens without recursion, so hostile nesting cannot overflow
/// a worker thread's stack; nesting deeper than `maxDepth` is refused as an error.
enum NginxParser {
    static let maxDepth = 100

    static func parse(_ bytes: [UInt8]) -> Result<[NginxDirective], NginxLexer.Failure> {
        let tokens: [NginxToken]
        switch NginxLexer.tokenize(bytes) {
        case .success(let t): tokens = t
        case .failure(let f): return .failure(f)
        }
        // Each open level: the directive that opened it (nil for the file) and what it holds so far.
        var stack: [(opener: (NginxToken, [NginxToken])?, children: [NginxDirective])] = [(nil, [])]
        var words: [NginxToken] = []
        for t in tokens {
            switch t.kind {
            case .word:
                words.append(t)
            case .semicolon:
                guard let name = words.first else {
                    return .failure(.init(offset: t.start, message: "unexpected \";\""))
                }
                stack[stack.count - 1].children.append(
                    NginxDirective(name: name, args: Array(words.dropFirst()), block: nil))
                words = []
            case .openBrace:
                guard let name = words.first else {
                    return .failure(.init(offset: t.start, message: "unexpected \"{\""))
                }
                guard stack.count <= maxDepth else {
                    return .failure(.init(offset: t.start, message: "blocks nested deeper than \(maxDepth) levels"))
                }
                stack.append(((name, Array(words.dropFirst())), []))
                words = []
            case .closeBrace:
                if let first = words.first {
                    return .failure(
                        .init(
                            offset: first.start,
                            message: "unexpected \"}\": the directive here is not terminated by \";\""))
                }
                guard stack.count > 1, let level = stack.popLast(), let opener = level.opener else {
                    return .failure(.init(offset: t.start, message: "unexpected \"}\""))
                }
                stack[stack.count - 1].children.append(
                    NginxDirective(name: opener.0, args: opener.1, block: level.children))
            }
        }
        if let first = words.first {
            return .failure(
                .init(
                    offset: first.start,
                    message: "unexpected end of file: the directive here is not terminated by \";\""))
        }
        if stack.count > 1, let opener = stack.last?.opener {
            return .failure(
                .init(
                    offset: opener.0.start,
                    message: "unexpected end of file: the block opened here is never closed with \"}\""))
        }
        return .success(stack[0].children)
    }
}
