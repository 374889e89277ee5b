import ResidencyCore

/// docker compose files: each service's `environment` (list and map forms) and `env_file`s,
/// `links`, `external_links`, `depends_on` (graph edges), `extra_hosts` (the address a name is
/// pinned to). Service names used as hosts get their kind from the named service's image.
public struct ComposeScanner: FormatScanner {
    public init() {}

    public var description: ScannerDescription {
        ScannerDescription(
            id: "compose",
            title: "docker compose files",
            summary:
                "Reads compose*.y*ml, docker-compose*.y*ml and docker-stack*.y*ml (swarm stacks): each service's environment (list and map forms) and "
                + "env_file files, extra_hosts addresses, links, external_links and depends_on as service edges; a host that "
                + "is another service's name takes its kind from that service's image (postgres, redis, kafka…).",
            references: ["https://docs.docker.com/reference/compose-file/services/"],
            examples: Self.examples)
    }

    static func isComposeFileName(_ lowerName: String) -> Bool {
        (lowerName.hasSuffix(".yml") || lowerName.hasSuffix(".yaml"))
            && (lowerName.hasPrefix("compose") || lowerName.hasPrefix("docker-compose")
                || lowerName.hasPrefix("docker-stack"))
    }

    public func accepts(path: String) -> Bool { ContentSniff.pathHasSuffix(path, [".yml", ".yaml"]) }

    /// Compose by name (`docker-compose*.yml`, `compose*.yaml`, `docker-stack*`), or any YAML
    /// with a top-level `services:` whose entries run an `image:` or `build:` (Kong's declarative
    /// config also has `services:`, but no images).
    public func recognizes(_ file: SourceFile) -> Bool {
        if Self.isComposeFileName(file.name.lowercased()) { return true }
        guard ContentSniff.hasTopLevelKey("services", in: file.text),
            !ContentSniff.hasTopLevelKey("apiVersion", in: file.text),
            !ContentSniff.hasTopLevelKey("_format_version", in: file.text)
        else { return false }
        return ContentSniff.hasIndentedLine(startingWith: "image:", in: file.text)
            || ContentSniff.hasIndentedLine(startingWith: "build:", in: file.text)
    }

    public func scan(_ file: SourceFile, context: ScanContext) -> ScanOutput? {
        let (documents, failure) = YAMLDocuments.read(file.text)
        var out = ScanOutput()
        if let failure {
            out.diagnostics.append(
                Diagnostic(path: file.path, line: failure.line, column: failure.column, message: failure.message))
        }
        let directory = file.path.split(separator: "/").dropLast().joined(separator: "/")
        for doc in documents {
            let services = doc.at("services")?.pairs ?? []
            var imageKinds: [String: EndpointKind] = [:]
            for s in services {
                if let image = s.value.at("image")?.text, let kind = DatastoreImages.kind(ofImage: image) {
                    imageKinds[s.key.lowercased()] = kind
                }
            }
            var serviceOut = ScanOutput()
            for s in services {
                serviceOut.append(scanService(s.key, s.value, file: file, directory: directory, context: context))
            }
            // `DB_HOST: db` where `db` runs `postgres:16`: the image says what it is.
            for i in serviceOut.references.indices {
                let r = serviceOut.references[i]
                guard r.kind == .other || (r.kind == .http && r.scheme.isEmpty), let k = imageKinds[r.host] else {
                    continue
                }
                serviceOut.references[i] = EndpointReference(
                    host: r.host, port: r.port ?? k.defaultPort, scheme: k.rawValue, kind: k, location: r.location,
                    component: r.component, tls: r.tls)
            }
            out.append(serviceOut)
        }
        return out
    }

    func scanService(
        _ name: String, _ service: YAMLNode, file: SourceFile, directory: String, context: ScanContext
    ) -> ScanOutput {
        var out = ScanOutput()
        var entries: [ConfigEntry] = []
        let label = "compose service \(name)"
        if let node = service.at("image"), let text = node.text {
            let p = node.position()
            let at = SourceLocation(path: file.path, line: p.line, column: p.column, context: "\(label), image")
            if let image = NginxImage(reference: text, location: at) { out.nginxImages.append(image) }
        }
        // Qualified by the compose file: a production workload of the same name is another component.
        let component = ComponentName.compose(name, file: file.path)
        // `build: ./services/api` or `build: {context: ./services/api}`: that folder's files are the
        // service's own. A context of the compose file's own folder would claim every file: not taken.
        if let context = service.at("build")?.text ?? service.at("build", "context")?.text,
            !context.contains("://"), !context.contains("$")
        {
            let folder = Self.join(directory, context)
            if folder != directory {
                out.serviceSources.append(ServiceSource(component: component, key: .folder(folder)))
            }
        }
        func location(_ node: YAMLNode, _ ctx: String, plus: Int = 0) -> SourceLocation {
            let p = node.position()
            return SourceLocation(path: file.path, line: p.line, column: p.column + plus, context: ctx)
        }

        // environment: `- KEY=value` or `KEY: value`.
        if let env = service.at("environment") {
            for item in env.items {
                guard let s = item.text, let eq = s.utf8.firstIndex(of: UInt8(ascii: "=")) else { continue }
                let key = String(s[..<eq])
                let value = String(s[s.index(after: eq)...])
                var origin = item.origin(in: file.text)
                if case .verbatim(let o) = origin { origin = .verbatim(byteOffset: o + key.utf8.count + 1) }
                entries.append(
                    ConfigEntry(
                        key: EnvValueShape.key(for: key, value: value), value: value, origin: origin,
                        context: "\(label), env \(key)", component: component))
            }
            for p in env.pairs {
                guard let v = p.value.text, !v.isEmpty, !(p.value.style == .plain && (v == "null" || v == "~"))
                else { continue }
                entries.append(
                    ConfigEntry(
                        key: EnvValueShape.key(for: p.key, value: v), value: v, origin: p.value.origin(in: file.text),
                        context: "\(label), env \(p.key)", component: component))
            }
        }
        // command, entrypoint and healthcheck test: an array, or one shell string.
        for node in [service.at("command"), service.at("entrypoint"), service.at("healthcheck", "test")] {
            guard let node else { continue }
            let items = node.text.map { [($0, node)] } ?? node.items.compactMap { n in n.text.map { ($0, n) } }
            let arguments = items.map { CommandArguments.Argument(text: $0.0, origin: $0.1.origin(in: file.text)) }
            for a in CommandArguments.settings(arguments) where a.key != nil {
                entries.append(
                    ConfigEntry(
                        key: a.key, value: a.value, origin: a.origin, context: "\(label), command",
                        component: component))
            }
        }
        out.append(ValueScanner.scan(entries.filter(EntryFilter.mightHoldEndpoint), in: file))

        // env_file: a path, a list of paths, or `{path, required}` items; relative to the compose file.
        var envFiles: [(YAMLNode, Bool)] = []
        if let ef = service.at("env_file") {
            if ef.text != nil { envFiles.append((ef, true)) }
            for item in ef.items {
                if item.text != nil {
                    envFiles.append((item, true))
                } else if let p = item.at("path") {
                    envFiles.append((p, item.at("required")?.text != "false"))
                }
            }
        }
        for (node, required) in envFiles {
            guard let rel = node.text else { continue }
            let path = Self.join(directory, rel)
            switch context.read(relativePath: path) {
            case .success(let envFile):
                var o = Self.scanEnvFile(envFile, label: "\(label), env_file \(rel)", component: component)
                // A `.env` file is also read on its own, which reports its placeholders once.
                if DotEnvScanner.isDotEnvPath(path) { o.unresolved = [] }
                out.append(o)
            case .failure(let error):
                if required {
                    let p = node.position()
                    out.diagnostics.append(
                        Diagnostic(
                            path: file.path, line: p.line, column: p.column,
                            message: "env_file of service \(name): \(error)"))
                }
            }
        }

        // links / external_links: `db` or `db:alias`.
        for key in ["links", "external_links"] {
            for item in service.at(key)?.items ?? [] {
                guard let s = item.text, let target = s.split(separator: ":").first else { continue }
                // `links` name services of this file; `external_links` containers started elsewhere.
                let to = key == "links" ? ComponentName.compose(String(target), file: file.path) : String(target)
                out.edges.append(
                    ServiceEdge(
                        from: component, to: to, kind: .links,
                        location: location(item, "\(label), \(key)")))
            }
        }
        // depends_on: a list, or a map of service → condition.
        if let dep = service.at("depends_on") {
            for item in dep.items {
                if let s = item.text {
                    out.edges.append(
                        ServiceEdge(
                            from: component, to: ComponentName.compose(s, file: file.path), kind: .dependsOn,
                            location: location(item, "\(label), depends_on")))
                }
            }
            for p in dep.pairs {
                out.edges.append(
                    ServiceEdge(
                        from: component, to: ComponentName.compose(p.key, file: file.path), kind: .dependsOn,
                        location: location(p.keyNode, "\(label), depends_on")))
            }
        }
        // extra_hosts: `name:ip`, `name=ip` or a map; the address is where the name goes.
        if let hosts = service.at("extra_hosts") {
            var pinned: [(String, String, SourceLocation)] = []
            for item in hosts.items {
                guard let s = item.text else { continue }
                let sep = s.utf8.firstIndex(of: UInt8(ascii: "=")) ?? s.utf8.firstIndex(of: UInt8(ascii: ":"))
                guard let sep else { continue }
                let host = String(s[..<sep])
                var address = Substring(s[s.index(after: sep)...])
                var skip = host.count + 1
                if address.hasPrefix("[") && address.hasSuffix("]") {
                    address = address.dropFirst().dropLast()
                    skip += 1
                }
                pinned.append((host, String(address), location(item, "\(label), extra_hosts \(host)", plus: skip)))
            }
            for p in hosts.pairs {
                guard let a = p.value.text else { continue }
                pinned.append((p.key, a, location(p.value, "\(label), extra_hosts \(p.key)")))
            }
            for (host, address, loc) in pinned
            where HostSyntax.isHostLike(Substring(address)) && !HostSyntax.isLocal(address) {
                out.references.append(
                    EndpointReference(
                        host: address, port: nil, scheme: "", kind: .other, location: loc,
                        component: component))
                out.edges.append(ServiceEdge(from: host, to: address.lowercased(), kind: .aliases, location: loc))
            }
        }
        return out
    }

    static func join(_ directory: String, _ relative: String) -> String {
        var parts = directory.isEmpty ? [] : directory.split(separator: "/").map(String.init)
        for c in relative.split(separator: "/") {
            if c == "." { continue }
            if c == "..", !parts.isEmpty {
                parts.removeLast()
                continue
            }
            parts.append(String(c))
        }
        return parts.joined(separator: "/")
    }

    static func scanEnvFile(_ file: SourceFile, label: String, component: String) -> ScanOutput {
        var entries: [ConfigEntry] = []
        let bytes = file.text.bytes
        for (index, start) in file.text.lineStarts.enumerated() {
            var end = index + 1 < file.text.lineStarts.count ? file.text.lineStarts[index + 1] - 1 : bytes.count
            if end > start, bytes[end - 1] == 0x0D { end -= 1 }
            guard let e = DotEnvScanner.parse(bytes, start, end) else { continue }
            entries.append(
                ConfigEntry(
                    key: e.key, value: e.value, origin: .verbatim(byteOffset: e.valueOffset),
                    context: "\(label) \(e.key)", component: component))
        }
        return ValueScanner.scan(entries, in: file)
    }
}
