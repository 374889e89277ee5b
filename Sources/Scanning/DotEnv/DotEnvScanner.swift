import ResidencyCore

/// `.env` files (`.env`, `.env.production`, `prod.env`, `app.env`): `KEY=value` lines with
/// optional `export`, quotes and trailing comments, as docker compose and dotenv read them.
public struct DotEnvScanner: FormatScanner {
    public init() {}

    public var description: ScannerDescription {
        ScannerDescription(
            id: "dotenv",
            title: ".env files",
            summary: "Reads KEY=value lines of .env files and reports connection strings, host-bearing keys "
                + "(DB_HOST, KAFKA_BROKERS, SENTRY_DSN…) and DB_HOST + DB_PORT pairs.",
            references: [
                "https://docs.docker.com/compose/how-tos/environment-variables/variable-interpolation/#env-file-syntax"
            ],
            examples: Self.examples)
    }

    public func accepts(path: String) -> Bool { Self.isDotEnvPath(path) }

    /// `.env`, `.env.staging`, `prod.env`: shared with compose, whose `env_file`s are these files.
    static func isDotEnvPath(_ path: String) -> Bool {
        let name = PathName.fileName(path)
        return name == ".env" || name.hasPrefix(".env.") || name.hasSuffix(".env")
    }

    public func scan(_ file: SourceFile, context: ScanContext) -> ScanOutput? {
        var entries: [ConfigEntry] = []
        let bytes = file.text.bytes
        for (index, start) in file.text.lineStarts.enumerated() {
            var end = index + 1 < file.text.lineStarts.count ? file.text.lineStarts[index + 1] - 1 : bytes.count
            if end > start, bytes[end - 1] == 0x0D { end -= 1 }
            guard let entry = Self.parse(bytes, start, end) else { continue }
            entries.append(
                ConfigEntry(
                    key: entry.key, value: entry.value, origin: .verbatim(byteOffset: entry.valueOffset),
                    context: "\(file.name) \(entry.key)"))
        }
        return ValueScanner.scan(entries, in: file)
    }

    static func parse(_ b: [UInt8], _ start: Int, _ end: Int) -> (key: String, value: String, valueOffset: Int)? {
        var i = start
        while i < end, b[i] == 0x20 || b[i] == 0x09 { i += 1 }
        guard i < end, b[i] != 0x23 else { return nil }
        if end - i > 7, Array(b[i..<i + 7]) == Array("export ".utf8) { i += 7 }
        let keyStart = i
        while i < end, b[i] != 0x3D, b[i] != 0x20 { i += 1 }
        guard i < end, i > keyStart else { return nil }
        let key = String(decoding: b[keyStart..<i], as: UTF8.self)
        while i < end, b[i] == 0x20 { i += 1 }
        guard i < end, b[i] == 0x3D else { return nil }
        i += 1
        while i < end, b[i] == 0x20 { i += 1 }
        var vs = i
        var ve = end
        if vs < end, b[vs] == 0x22 || b[vs] == 0x27 {
            let q = b[vs]
            vs += 1
            ve = b[vs..<end].firstIndex(of: q) ?? end
        } else if let hash = b[vs..<end].indices.first(where: { b[$0] == 0x23 && $0 > vs && b[$0 - 1] == 0x20 }) {
            ve = hash
            while ve > vs, b[ve - 1] == 0x20 { ve -= 1 }
        }
        return (key, String(decoding: b[vs..<ve], as: UTF8.self), vs)
    }
}
