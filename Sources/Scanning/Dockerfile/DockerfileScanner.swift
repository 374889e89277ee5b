import ResidencyCore

/// Dockerfiles and Containerfiles: `ENV` (`ENV K=V K2="V 2"` and the legacy `ENV K value`) and
/// `ARG` defaults, across `\` continuations. A `${VAR}` whose variable an `ARG` or `ENV` of the
/// file defines is not unresolved: its value is reported where that is written.
public struct DockerfileScanner: FormatScanner {
    public init() {}

    public var description: ScannerDescription {
        ScannerDescription(
            id: "dockerfile",
            title: "Dockerfile ENV and ARG",
            summary:
                "Reads Dockerfile, Dockerfile.*, *.dockerfile and Containerfile: ENV in both forms and ARG defaults, "
                + "with line continuations, through the shared value scanner (connection strings, DB_HOST + DB_PORT…).",
            references: [
                "https://docs.docker.com/reference/dockerfile/#env",
                "https://docs.docker.com/reference/dockerfile/#arg",
            ],
            examples: Self.examples)
    }

    public func accepts(path: String) -> Bool {
        let name = PathName.lowercasedFileName(path)
        return name == "dockerfile" || name.hasPrefix("dockerfile.") || name.hasSuffix(".dockerfile")
            || name == "containerfile" || name.hasPrefix("containerfile.")
    }

    public func scan(_ file: SourceFile, context: ScanContext) -> ScanOutput? {
        var entries: [ConfigEntry] = []
        var defined = Set<String>()
        var variables = BuildVariables()
        var stage: String?
        var images: [NginxImage] = []
        for ins in DockerfileInstructions.parse(file.text.bytes) {
            switch ins.keyword {
            case "FROM":
                if let word = ins.words.first(where: { !$0.text.hasPrefix("--") }),
                    let image = NginxImage(
                        reference: word.text, location: file.location(ofByte: word.offset, context: "\(file.name) FROM")
                    )
                {
                    images.append(image)
                }
                // `FROM golang:1.22 AS build`: the stage names the settings that follow.
                if ins.words.count >= 3, ins.words[ins.words.count - 2].text.lowercased() == "as" {
                    stage = ins.words.last?.text
                } else {
                    stage = nil
                }
            case "ENV", "ARG":
                let label = "\(file.name)\(stage.map { " stage \($0)" } ?? "") \(ins.keyword)"
                let pairs = Self.pairs(ins)
                for p in pairs {
                    defined.insert(p.key)
                    guard !p.value.isEmpty else { continue }
                    var (value, origin) = (p.value, p.origin)
                    if let sub = variables.substitute(value) {
                        value = sub.value
                        origin = sub.from.map { .search(fromByte: $0) } ?? origin
                    }
                    variables.define(p.key, value, origin)
                    entries.append(ConfigEntry(key: p.key, value: value, origin: origin, context: "\(label) \(p.key)"))
                }
            default:
                break
            }
        }
        var out = ValueScanner.scan(entries, in: file)
        out.unresolved.removeAll { defined.contains($0.variable) }
        // `ARG DB_HOST=x` alone says little; the URL it is substituted into says postgres.
        let specific = Set(
            out.references.filter { $0.kind != .other }.map { "\($0.host) \($0.location.line):\($0.location.column)" })
        out.references.removeAll {
            $0.kind == .other && specific.contains("\($0.host) \($0.location.line):\($0.location.column)")
        }
        out.nginxImages = images
        return out
    }

    /// `K=V` words, or the legacy `ENV K the rest of the line`.
    static func pairs(_ ins: DockerfileInstructions.Instruction) -> [(key: String, value: String, origin: ValueOrigin)]
    {
        guard let first = ins.words.first else { return [] }
        if ins.keyword == "ENV", !first.text.contains("=") {
            // Legacy form: the value is everything after the key, spaces included.
            guard ins.words.count >= 2 else { return [] }
            let valueWords = ins.words.dropFirst()
            let value = valueWords.map(\.text).joined(separator: " ")
            let start = valueWords.first!.offset
            return [
                (
                    first.text, value,
                    ins.words.count == 2 ? origin(of: valueWords.first!, from: 0) : .search(fromByte: start)
                )
            ]
        }
        return ins.words.compactMap { w in
            let u = Array(w.text.utf8)
            guard let eq = u.firstIndex(of: 0x3D) else {
                return ins.keyword == "ARG" ? (w.text, "", .search(fromByte: w.offset)) : nil  // `ARG NAME`: no default
            }
            let key = String(decoding: u[..<eq], as: UTF8.self)
            let value = String(decoding: u[(eq + 1)...], as: UTF8.self)
            return (key, value, origin(of: w, from: eq + 1))
        }
    }

    /// Where the part of a word from byte `from` on stands in the file.
    static func origin(of w: DockerfileInstructions.Word, from: Int) -> ValueOrigin {
        let map = w.verbatimMap
        guard from < map.count else { return .search(fromByte: w.offset) }
        for k in (from + 1)..<max(from + 1, map.count) where map[k] != map[k - 1] + 1 {
            return .search(fromByte: map[from])
        }
        return .verbatim(byteOffset: map[from])
    }
}
