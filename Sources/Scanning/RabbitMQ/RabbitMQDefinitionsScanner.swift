import ResidencyCore

/// RabbitMQ definitions exports (`definitions.json`, loaded with `load_definitions` or the
/// management API): federation upstreams (`uri`, a string or a list) and shovels (`src-uri`,
/// `dest-uri`) name the brokers messages flow to. Passwords in those URIs are never reported:
/// only hosts leave the scanner. A JSON file named like definitions that is not a RabbitMQ export
/// is scanned as plain text instead.
public struct RabbitMQDefinitionsScanner: FormatScanner {
    public init() {}

    public var description: ScannerDescription {
        ScannerDescription(
            id: "rabbitmq-definitions",
            title: "RabbitMQ definitions.json",
            summary: "Reads RabbitMQ definition exports (*definitions*.json, rabbit*.json) and reports the brokers of "
                + "federation upstreams (uri as a string or list) and shovels (src-uri, dest-uri), kind amqp.",
            references: [
                "https://www.rabbitmq.com/docs/definitions",
                "https://www.rabbitmq.com/docs/federation-reference#upstreams",
                "https://www.rabbitmq.com/docs/shovel-dynamic",
            ],
            examples: Self.examples)
    }

    public func accepts(path: String) -> Bool {
        let name = PathName.lowercasedFileName(path)
        return name.hasSuffix(".json") && (name.contains("definitions") || name.hasPrefix("rabbit"))
    }

    static let exportKeys: Set<String> = [
        "rabbit_version", "rabbitmq_version", "parameters", "vhosts", "exchanges",
        "queues", "bindings", "policies", "users", "permissions",
    ]

    /// A JSON file that is no definitions export (no top-level export key) is declined.
    public func scan(_ file: SourceFile, context: ScanContext) -> ScanOutput? {
        let tree: JSONTree
        do {
            tree = try JSONTree.parse(file.text.bytes)
        } catch {
            let p = file.text.position(ofByte: error.offset)
            return ScanOutput(diagnostics: [
                Diagnostic(
                    path: file.path, line: p.line, column: p.column,
                    message: "JSON syntax error: \(error.message)")
            ])
        }
        guard case .object(let top) = tree, top.contains(where: { Self.exportKeys.contains($0.key) }) else {
            return nil
        }
        var entries: [ConfigEntry] = []
        if case .array(let parameters)? = tree["parameters"] {
            for p in parameters {
                let component = p["component"]?.string ?? "parameter"
                let name = p["name"]?.string ?? ""
                guard let value = p["value"] else { continue }
                collect(value, key: nil, context: "\(file.name) \(component) \(name)", into: &entries)
            }
        }
        var out = ValueScanner.scan(entries, in: file)
        // A federation or shovel URI names a broker even when its scheme is missing or unusual.
        for i in out.references.indices where out.references[i].kind == .other {
            out.references[i].kind = .amqp
            out.references[i].role = .queue
            if out.references[i].port == nil { out.references[i].port = EndpointKind.amqp.defaultPort }
        }
        return out
    }

    /// Every string under a parameter's value, keyed by its JSON key (`uri`, `src-uri`…).
    private func collect(_ node: JSONTree, key: String?, context: String, into entries: inout [ConfigEntry]) {
        switch node {
        case .object(let pairs):
            for (k, v) in pairs { collect(v, key: k, context: context, into: &entries) }
        case .array(let items):
            for v in items { collect(v, key: key, context: context, into: &entries) }
        case .string(let s, let offset, let verbatim):
            guard let key else { return }
            entries.append(
                ConfigEntry(
                    key: key, value: s, origin: verbatim ? .verbatim(byteOffset: offset) : .search(fromByte: offset),
                    context: "\(context) \(key)"))
        case .scalar:
            return
        }
    }
}
