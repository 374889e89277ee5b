import Dispatch
import Foundation
import ResidencyCore

/// The cross-file step: container env resolved against every ConfigMap and Secret of the scan,
/// values reported where they are written (in the ConfigMap) with the consuming workload as
/// context and component; ConfigMap values no workload reads reported with the ConfigMap as
/// context; Service selectors matched to pod labels.
struct KubernetesLink {
    typealias Source = KubernetesFacts.ConfigSource
    let partials: [KubernetesFacts]
    /// (kind, name) → (partial index, source), all namespaces.
    var sources: [String: [(Int, Source)]] = [:]
    /// `kind/namespace/name/dataKey` of every value some container reads.
    var consumed = Set<String>()
    /// Entries per partial (file) index.
    var entries: [Int: [ConfigEntry]] = [:]

    init(_ partials: [KubernetesFacts]) {
        self.partials = partials
        for (i, p) in partials.enumerated() {
            for s in p.configSources { sources["\(s.kind)/\(s.name)", default: []].append((i, s)) }
        }
    }

    /// The ConfigMap or Secret a workload in file `from` means by (kind, name): same namespace
    /// first, then the one written nearest the workload (the longest shared folder prefix), so
    /// environment variants and kustomize overlays that reuse a name (`base/`, `overlays/prod/`,
    /// `extras/cloudsql/`) each link within their own folder and none overwrites another.
    func lookup(_ kind: String, _ name: String, namespace: String, from: Int) -> (Int, Source)? {
        let all = sources["\(kind)/\(name)"] ?? []
        let sameNamespace = all.filter { $0.1.namespace == namespace }
        let candidates = sameNamespace.isEmpty ? all : sameNamespace
        guard candidates.count > 1 else { return candidates.first }
        let here = partials[from].file.path.split(separator: "/").dropLast()
        func shared(_ i: Int) -> Int {
            zip(here, partials[i].file.path.split(separator: "/").dropLast()).prefix { $0 == $1 }.count
        }
        return candidates.max { a, b in
            let (sa, sb) = (shared(a.0), shared(b.0))
            return sa != sb ? sa < sb : a.0 > b.0  // nearest folder; ties to the first file
        }
    }

    /// A value of one ConfigMap or Secret, as written in one file.
    static func consumedKey(_ i: Int, _ s: Source, _ dataKey: String) -> String {
        "\(i)/\(s.kind)/\(s.namespace)/\(s.name)/\(dataKey)"
    }

    mutating func run() -> ScanOutput {
        var out = ScanOutput()
        for p in partials { out.append(p.output) }
        // Which ConfigMap and Secret values some container reads (cheap, serial), then every
        // container's settings scanned in parallel: this is most of a large estate's work.
        var all: [(KubernetesFacts.Container, Int)] = []
        for (i, p) in partials.enumerated() {
            for c in p.containers {
                all.append((c, i))
                markConsumed(c, in: i)
            }
        }
        let results = UnsafeResults<ScanOutput>(count: all.count)
        let link = self
        let work = all
        DispatchQueue.concurrentPerform(iterations: work.count) { k in
            results[k] = link.container(work[k].0, in: work[k].1)
        }
        for o in results.values { out.append(o) }
        // Values no container reads still say where something connects.
        var unread: [Int: [ConfigEntry]] = [:]
        for (i, p) in partials.enumerated() {
            for s in p.configSources {
                for v in s.values where !consumed.contains(Self.consumedKey(i, s, v.dataKey)) {
                    let context =
                        v.embedded && v.settingKey != nil
                        ? "\(s.label) key \(v.dataKey): \(v.label ?? v.settingKey!)" : "\(s.label) key \(v.dataKey)"
                    unread[i, default: []].append(
                        ConfigEntry(
                            key: v.settingKey, value: v.value, origin: v.origin, context: context,
                            protocolKind: v.protocolKind))
                }
            }
        }
        for (i, list) in unread.sorted(by: { $0.key < $1.key }) {
            out.append(ValueScanner.scan(list, in: partials[i].file))
        }
        out.edges += selectorEdges()
        // A neutralized Helm action `$(_.Values.db.host_|_quote_)` is named by its value path.
        for i in out.unresolved.indices where out.unresolved[i].variable.hasPrefix("_") {
            var v = Substring(out.unresolved[i].variable)
            if let bar = v.firstIndex(of: "|") { v = v[..<bar] }
            out.unresolved[i].variable = v.trimmingCharacters(in: CharacterSet(charactersIn: "_ "))
        }
        return out
    }

    mutating func markConsumed(_ c: KubernetesFacts.Container, in index: Int) {
        for e in c.env {
            if case .keyRef(let kind, let name, let key) = e.source,
                let (si, s) = lookup(kind, name, namespace: c.namespace, from: index)
            {
                consumed.insert(Self.consumedKey(si, s, key))
            }
        }
        for f in c.envFrom {
            guard let (si, s) = lookup(f.kind, f.name, namespace: c.namespace, from: index) else { continue }
            for v in s.values where !v.embedded { consumed.insert(Self.consumedKey(si, s, v.dataKey)) }
        }
    }

    /// One container's settings, scanned per file they are written in.
    func container(_ c: KubernetesFacts.Container, in index: Int) -> ScanOutput {
        var groups: [Int: [ConfigEntry]] = [:]
        var defined = Set(c.env.map(\.name))
        var literals: [String: (String, ValueOrigin)] = [:]
        for e in c.env { if case .literal(let v, let o) = e.source { literals[e.name] = (v, o) } }
        func add(_ i: Int, _ e: ConfigEntry) {
            if EntryFilter.mightHoldEndpoint(e) { groups[i, default: []].append(e) }
        }

        for e in c.env {
            let context = "\(c.label), env \(e.name)"
            switch e.source {
            case .literal(let value, let origin):
                var (v, o) = (value, origin)
                // `$(DB_HOST)` names another variable of this container: its value stands here.
                if v.utf8.contains(0x24), let (sub, from) = Self.substitute(v, literals) {
                    v = sub
                    o = from.map { .search(fromByte: $0) } ?? o
                }
                add(
                    index,
                    ConfigEntry(
                        key: EnvValueShape.key(for: e.name, value: v), value: v, origin: o, context: context,
                        component: c.workload))
            case .keyRef(let kind, let name, let key):
                guard let (si, s) = lookup(kind, name, namespace: c.namespace, from: index) else { continue }
                for v in s.values where v.dataKey == key {
                    add(
                        si,
                        ConfigEntry(
                            key: v.embedded ? v.settingKey : e.name, value: v.value, origin: v.origin,
                            context: "\(context) (from \(s.label) key \(key))", component: c.workload))
                }
            case .other:
                break
            }
        }
        for f in c.envFrom {
            guard let (si, s) = lookup(f.kind, f.name, namespace: c.namespace, from: index) else { continue }
            for v in s.values where !v.embedded {
                defined.insert(f.prefix + v.dataKey)
                add(
                    si,
                    ConfigEntry(
                        key: f.prefix + v.dataKey, value: v.value, origin: v.origin,
                        context: "\(c.label), envFrom \(s.label) key \(v.dataKey)", component: c.workload))
            }
        }
        for a in c.arguments {
            add(
                index,
                ConfigEntry(
                    key: a.key, value: a.value, origin: a.origin, context: "\(c.label), args", component: c.workload))
        }

        var out = ScanOutput()
        for (i, list) in groups.sorted(by: { $0.key < $1.key }) {
            // `DB_HOST` in a ConfigMap and `DB_PORT` in the Deployment still pair up.
            let ports = groups.filter { $0.key != i }.flatMap(\.value).filter {
                $0.key.map(KindHints.isPortKey) ?? false
            }
            var o = ValueScanner.scan(list + ports, in: partials[i].file)
            o.unresolved.removeAll { defined.contains($0.variable) }
            out.append(o)
        }
        return out
    }

    /// `$(VAR)` replaced by the literal value of VAR in the same container; the file offset of the
    /// first substituted value, to find the host there.
    static func substitute(_ value: String, _ literals: [String: (String, ValueOrigin)]) -> (String, Int?)? {
        var result = ""
        var rest = Substring(value)
        var from: Int?
        var changed = false
        while let r = rest.range(of: "$(") {
            result += rest[..<r.lowerBound]
            let after = rest[r.upperBound...]
            guard let close = after.firstIndex(of: ")"), let lit = literals[String(after[..<close])] else {
                result += "$("
                rest = after
                continue
            }
            result += lit.0
            changed = true
            if from == nil {
                switch lit.1 {
                case .verbatim(let o), .search(let o): from = o
                case .fixed: break
                }
            }
            rest = after[after.index(after: close)...]
        }
        result += rest
        return changed ? (result, from) : nil
    }

    func selectorEdges() -> [ServiceEdge] {
        // Pod templates by one label, so each Service checks only the workloads that carry it.
        var byLabel: [String: [KubernetesFacts.PodTemplate]] = [:]
        for p in partials {
            for t in p.podTemplates {
                for (k, v) in t.labels { byLabel["\(k)=\(v)", default: []].append(t) }
            }
        }
        var edges: [ServiceEdge] = []
        for p in partials {
            for s in p.services {
                guard let first = s.selector.min(by: { $0.key < $1.key }) else { continue }
                for t in byLabel["\(first.key)=\(first.value)"] ?? []
                where t.namespace == s.namespace || t.namespace.isEmpty || s.namespace.isEmpty {
                    if s.selector.allSatisfy({ t.labels[$0.key] == $0.value }) {
                        edges.append(ServiceEdge(from: s.name, to: t.workload, kind: .selects, location: s.location))
                    }
                }
            }
        }
        return edges
    }
}
