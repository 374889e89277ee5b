import ResidencyCore

/// A directive after `include`s are replaced by what they name, as nginx reads it, and the file
/// it is written in (for its line and column).
struct NginxNode {
    let file: SourceFile
    let directive: NginxDirective
    /// The block's content with includes expanded; nil for a simple directive.
    let children: [NginxNode]?

    var name: String { directive.nameText }
    var args: [NginxToken] { directive.args }

    func location(_ token: NginxToken, valueByte index: Int = 0, context: String) -> SourceLocation {
        file.location(ofByte: token.offset(ofValueByte: index), context: context)
    }
}

/// Expands the includes of one root file: cycles and missing files become diagnostics, and a
/// file reached again by another path is expanded again only within a budget, so includes that
/// fan out into each other cannot explode (whatever they hold is still read once).
struct NginxIncludeExpander {
    /// Deepest include chain followed; real configurations nest two or three levels.
    static let maxIncludeDepth = 12
    /// Expansions of already-expanded files per root beyond which repeats are skipped.
    static let repeatBudget = 500

    let resolver: NginxIncludeResolver
    let prefixDir: String
    /// Parses a file by relative path (cached by the caller); nil when it cannot be read or parsed.
    let load: (String) -> (SourceFile, [NginxDirective])?
    var diagnostics: [Diagnostic] = []
    /// Every file this root reached, itself included.
    var reached: Set<String> = []
    private var repeats = 0
    private var globCache: [String: [String]] = [:]

    init(resolver: NginxIncludeResolver, prefixDir: String, load: @escaping (String) -> (SourceFile, [NginxDirective])?)
    {
        self.resolver = resolver
        self.prefixDir = prefixDir
        self.load = load
    }

    mutating func expand(root file: SourceFile, _ directives: [NginxDirective]) -> [NginxNode] {
        reached.insert(file.path)
        return expand(directives, in: file, chain: [file.path])
    }

    private mutating func expand(_ directives: [NginxDirective], in file: SourceFile, chain: [String]) -> [NginxNode] {
        var out: [NginxNode] = []
        for d in directives {
            guard d.nameText == "include", d.block == nil, let arg = d.args.first else {
                let children = d.block.map { expand($0, in: file, chain: chain) }
                out.append(NginxNode(file: file, directive: d, children: children))
                continue
            }
            let pattern = arg.value
            let key = "\(file.path)\u{0}\(pattern)"
            let paths: [String]
            if let cached = globCache[key] {
                paths = cached
            } else {
                paths = resolver.resolve(pattern, includingFile: file.path, prefixDir: prefixDir)
                globCache[key] = paths
            }
            let at = file.text.position(ofByte: arg.start)
            if paths.isEmpty {
                if !NginxIncludeResolver.isGlob(pattern), !Self.isStock(pattern) {
                    diagnostics.append(
                        Diagnostic(
                            path: file.path, line: at.line, column: at.column,
                            message:
                                "include \(pattern): no such file in the scanned tree; what it configures is unknown"))
                }
                continue
            }
            for path in paths {
                // One message for both, so an include site yields at most one diagnostic.
                if chain.contains(path) || chain.count >= Self.maxIncludeDepth {
                    diagnostics.append(
                        Diagnostic(
                            path: file.path, line: at.line, column: at.column,
                            message:
                                "include \(pattern) leads back to a file already being read (include cycle) or nests deeper than \(Self.maxIncludeDepth) files; not followed"
                        ))
                    continue
                }
                if reached.contains(path) {
                    guard repeats < Self.repeatBudget else { continue }
                    repeats += 1
                }
                reached.insert(path)
                guard let (included, directives) = load(path) else { continue }
                out += expand(directives, in: included, chain: chain + [path])
            }
        }
        return out
    }

    static func isStock(_ pattern: String) -> Bool {
        let name = pattern.split(separator: "/").last.map(String.init) ?? pattern
        return NginxIncludeResolver.stockNames.contains(name) || pattern.hasPrefix("/etc/letsencrypt/")
    }
}
