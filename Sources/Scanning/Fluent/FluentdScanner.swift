import ResidencyCore

/// Fluentd configuration (`fluent.conf`, `td-agent.conf`): `<match>` blocks and their `<server>`
/// children name where logs go (`host`, `port`, `hosts`, `brokers`, `url`, `endpoint`);
/// `<source>` blocks listen, so they are not read.
public struct FluentdScanner: FormatScanner {
    public init() {}

    public var description: ScannerDescription {
        ScannerDescription(
            id: "fluentd",
            title: "Fluentd configuration",
            summary: "Reads .conf files with <source> or <match> directives and reports host with port, hosts, "
                + "brokers, url and endpoint inside <match> blocks (and their <server> children); the block's @type "
                + "says the kind (elasticsearch, kafka2, forward…).",
            references: ["https://docs.fluentd.org/configuration/config-file"],
            examples: Self.examples)
    }

    public func accepts(path: String) -> Bool {
        ContentSniff.pathHasSuffix(path, [".conf"])
    }

    public func recognizes(_ file: SourceFile) -> Bool {
        ContentSniff.hasIndentedLine(startingWith: "<match", in: file.text)
            || ContentSniff.hasIndentedLine(startingWith: "<source>", in: file.text)
    }

    public func scan(_ file: SourceFile, context: ScanContext) -> ScanOutput? {
        var entries: [ConfigEntry] = []
        var blocks: [String] = []  // directive names, outermost first
        var types: [String] = []
        var blockCount = 0
        var blockIds: [Int] = []
        let b = file.text.bytes
        for n in file.text.lineStarts.indices {
            let line = file.text.lineRange(n)
            let (start, end) = (line.lowerBound, line.upperBound)
            var i = start
            while i < end, b[i] == 0x20 || b[i] == 0x09 { i += 1 }
            guard i < end, b[i] != 0x23 else { continue }
            if b[i] == 0x3C {  // <name …> or </name>
                if i + 1 < end, b[i + 1] == 0x2F {
                    if !blocks.isEmpty {
                        blocks.removeLast()
                        types.removeLast()
                        blockIds.removeLast()
                    }
                } else {
                    var e = i + 1
                    while e < end, b[e] != 0x20, b[e] != 0x3E { e += 1 }
                    blocks.append(String(decoding: b[(i + 1)..<e], as: UTF8.self))
                    types.append(types.last ?? "")
                    blockCount += 1
                    blockIds.append(blockCount)
                }
                continue
            }
            let ks = i
            while i < end, b[i] != 0x20, b[i] != 0x09 { i += 1 }
            let key = String(decoding: b[ks..<i], as: UTF8.self)
            while i < end, b[i] == 0x20 || b[i] == 0x09 { i += 1 }
            var ve = end
            while ve > i, b[ve - 1] == 0x20 || b[ve - 1] == 0x09 { ve -= 1 }
            guard ve > i, blocks.contains("match"), let id = blockIds.last else { continue }
            var vs = i
            if ve - vs >= 2, b[vs] == 0x22 || b[vs] == 0x27, b[ve - 1] == b[vs] {
                vs += 1
                ve -= 1
            }
            let value = String(decoding: b[vs..<ve], as: UTF8.self)
            if key == "@type" {
                types[types.count - 1] = value.lowercased()
                continue
            }
            guard ["host", "port", "hosts", "brokers", "url", "endpoint", "uri"].contains(key) else { continue }
            let type = types.last ?? ""
            entries.append(
                ConfigEntry(
                    key: "block\(id)_\(type)_\(key)", value: value, origin: .verbatim(byteOffset: vs),
                    context: "\(file.name) <\(blocks.joined(separator: "> <"))> @type \(type) \(key)"))
        }
        return ValueScanner.scan(entries, in: file)
    }
}
