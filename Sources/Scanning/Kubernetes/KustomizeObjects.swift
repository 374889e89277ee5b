import ResidencyCore

/// A `kustomization.yaml`: `configMapGenerator`/`secretGenerator` literals become ConfigMaps and
/// Secrets that workloads can reference, and inline patches (`patches[].patch`,
/// `patchesStrategicMerge` strings) are manifests written inside a string, read as such and
/// placed back at their lines in the kustomization.
extension KubernetesObjects {
    static func isKustomization(_ node: YAMLNode, fileName: Substring) -> Bool {
        node.at("kind")?.text == "Kustomization" || isKustomizationName(fileName)
    }

    static func isKustomizationName(_ fileName: Substring) -> Bool {
        let name = fileName.lowercased()
        return name == "kustomization.yaml" || name == "kustomization.yml"
    }

    mutating func readKustomization(_ doc: YAMLNode, depth: Int = 0) {
        for (section, kind) in [("configMapGenerator", "ConfigMap"), ("secretGenerator", "Secret")] {
            for g in doc.at(section)?.items ?? [] {
                guard let name = g.at("name")?.text else { continue }
                var values: [KubernetesFacts.ConfigSource.Value] = []
                for lit in g.at("literals")?.items ?? [] {
                    guard let s = lit.text, let eq = s.firstIndex(of: "=") else { continue }
                    let key = String(s[..<eq])
                    var origin = lit.origin(in: file.text)
                    if case .verbatim(let o) = origin { origin = .verbatim(byteOffset: o + key.utf8.count + 1) }
                    values.append(
                        .init(
                            dataKey: key, settingKey: key, value: String(s[s.index(after: eq)...]), origin: origin,
                            embedded: false))
                }
                facts.configSources.append(
                    .init(
                        kind: kind, name: name, namespace: g.at("namespace")?.text ?? doc.at("namespace")?.text ?? "",
                        values: values))
            }
        }
        var patches = (doc.at("patches")?.items ?? []).compactMap { $0.at("patch") }
        patches += (doc.at("patchesStrategicMerge")?.items ?? []).filter { ($0.text ?? "").contains("\n") }
        for p in patches where depth == 0 { readEmbeddedManifests(p) }
    }

    /// Manifests written in a scalar, read with their own marks, then moved to the file's places.
    mutating func readEmbeddedManifests(_ scalar: YAMLNode) {
        guard let content = scalar.text else { return }
        let embedded = EmbeddedFile(scalar: scalar, in: file.text)
        let virtual = SourceFile(path: file.path, text: SourceText(content))
        var inner = KubernetesObjects(file: virtual)
        let (docs, _) = YAMLDocuments.read(virtual.text)
        for d in docs where Self.isObject(d) { inner.read(d) }
        let real = file.text
        func origin(_ o: ValueOrigin) -> ValueOrigin {
            switch o {
            case .verbatim(let v): return embedded.locate(v)
            case .search(let v):
                switch embedded.locate(v) {
                case .verbatim(let r), .search(let r): return .search(fromByte: r)
                case .fixed(let l, let c): return .fixed(line: l, column: c)
                }
            case .fixed(let l, let c): return origin(.verbatim(byteOffset: virtual.text.byteOffset(line: l, column: c)))
            }
        }
        func location(_ l: SourceLocation) -> SourceLocation {
            var out = l
            let p: (line: Int, column: Int)
            switch origin(.verbatim(byteOffset: virtual.text.byteOffset(line: l.line, column: l.column))) {
            case .verbatim(let r), .search(let r): p = real.position(ofByte: r)
            case .fixed(let line, let column): p = (line, column)
            }
            out.line = p.line
            out.column = p.column
            return out
        }
        var f = inner.facts
        for i in f.output.references.indices {
            f.output.references[i].location = location(f.output.references[i].location)
        }
        for i in f.output.edges.indices { f.output.edges[i].location = location(f.output.edges[i].location) }
        for i in f.services.indices { f.services[i].location = location(f.services[i].location) }
        for i in f.configSources.indices {
            for j in f.configSources[i].values.indices {
                f.configSources[i].values[j].origin = origin(f.configSources[i].values[j].origin)
            }
        }
        for i in f.containers.indices {
            for j in f.containers[i].env.indices {
                if case .literal(let v, let o) = f.containers[i].env[j].source {
                    f.containers[i].env[j].source = .literal(v, origin(o))
                }
            }
            for j in f.containers[i].arguments.indices {
                f.containers[i].arguments[j].origin = origin(f.containers[i].arguments[j].origin)
            }
        }
        facts.output.append(f.output)
        facts.configSources += f.configSources
        facts.containers += f.containers
        facts.services += f.services
        facts.podTemplates += f.podTemplates
    }
}
