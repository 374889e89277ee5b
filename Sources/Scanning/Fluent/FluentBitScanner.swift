import ResidencyCore

/// Fluent Bit classic configuration (`fluent-bit.conf`, `[OUTPUT]` sections of `Key Value`
/// lines): where each output ships logs (`Host` with `Port`, `Brokers`, `URI`). Inputs listen.
public struct FluentBitScanner: FormatScanner {
    public init() {}

    public var description: ScannerDescription {
        ScannerDescription(
            id: "fluent-bit",
            title: "Fluent Bit configuration",
            summary: "Reads .conf files with [INPUT], [OUTPUT], [FILTER] or [SERVICE] sections and reports each "
                + "[OUTPUT]'s Host with its Port, Brokers and URI-style hosts; the output's Name says the kind "
                + "(es, kafka, loki, datadog…).",
            references: [
                "https://docs.fluentbit.io/manual/administration/configuring-fluent-bit/classic-mode/format-schema"
            ],
            examples: Self.examples)
    }

    public func accepts(path: String) -> Bool {
        ContentSniff.pathHasSuffix(path, [".conf"])
    }

    public func recognizes(_ file: SourceFile) -> Bool {
        let b = file.text.bytes
        return file.text.lineStarts.contains { start in
            var i = start
            while i < b.count, b[i] == 0x20 || b[i] == 0x09 { i += 1 }
            guard i < b.count, b[i] == 0x5B else { return false }
            let rest = String(decoding: b[(i + 1)..<min(b.count, i + 9)], as: UTF8.self).uppercased()
            return ["INPUT]", "OUTPUT]", "FILTER]", "SERVICE]"].contains { rest.hasPrefix($0) }
        }
    }

    public func scan(_ file: SourceFile, context: ScanContext) -> ScanOutput? {
        var entries: [ConfigEntry] = []
        var section = ""
        var outputs = 0
        var pending: [(key: String, value: String, offset: Int)] = []
        var name = ""
        func flush() {
            defer {
                pending = []
                name = ""
            }
            guard section == "OUTPUT" else { return }
            outputs += 1
            for p in pending {
                let k = p.key.lowercased()
                guard ["host", "port", "brokers", "uri", "url", "endpoint"].contains(k) else { continue }
                // `output2_es_host` + `output2_es_port`: one prefix, so the value scanner joins them.
                entries.append(
                    ConfigEntry(
                        key: "output\(outputs)_\(name)_\(k)", value: p.value, origin: .verbatim(byteOffset: p.offset),
                        context: "\(file.name) [OUTPUT] \(name) \(p.key)"))
            }
        }
        let b = file.text.bytes
        for n in file.text.lineStarts.indices {
            let line = file.text.lineRange(n)
            let (start, end) = (line.lowerBound, line.upperBound)
            var i = start
            while i < end, b[i] == 0x20 || b[i] == 0x09 { i += 1 }
            guard i < end, b[i] != 0x23 else { continue }
            if b[i] == 0x5B, let close = b[i..<end].firstIndex(of: 0x5D) {
                flush()
                section = String(decoding: b[(i + 1)..<close], as: UTF8.self).uppercased()
                continue
            }
            let ks = i
            while i < end, b[i] != 0x20, b[i] != 0x09 { i += 1 }
            let key = String(decoding: b[ks..<i], as: UTF8.self)
            while i < end, b[i] == 0x20 || b[i] == 0x09 { i += 1 }
            var ve = end
            while ve > i, b[ve - 1] == 0x20 || b[ve - 1] == 0x09 { ve -= 1 }
            guard ve > i else { continue }
            let value = String(decoding: b[i..<ve], as: UTF8.self)
            if key.lowercased() == "name" { name = value.lowercased() }
            pending.append((key, value, i))
        }
        flush()
        return ValueScanner.scan(entries, in: file)
    }
}
