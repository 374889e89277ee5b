import Foundation
import ResidencyCore

/// Reads Kubernetes objects (one YAML document each, or the items of a `kind: List`) into
/// `KubernetesFacts`: workloads' containers, ConfigMaps and Secrets, Services, Ingresses and
/// Istio ServiceEntries.
struct KubernetesObjects {
    let file: SourceFile
    var facts: KubernetesFacts

    init(file: SourceFile) {
        self.file = file
        self.facts = KubernetesFacts(file: file)
    }

    /// Whether a document is a Kubernetes object.
    static func isObject(_ node: YAMLNode) -> Bool {
        node.at("apiVersion")?.text != nil && node.at("kind")?.text != nil
    }

    /// Workload kinds and the path from the object to its pod template.
    static func podTemplate(of object: YAMLNode, kind: String) -> YAMLNode? {
        switch kind {
        case "Pod": return object
        case "Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "ReplicationController", "Job", "Rollout",
            "DeploymentConfig":
            return object.at("spec", "template")
        case "CronJob": return object.at("spec", "jobTemplate", "spec", "template")
        default: return nil
        }
    }

    mutating func read(_ object: YAMLNode, depth: Int = 0) {
        guard let kind = object.at("kind")?.text else { return }
        if kind == "List" || kind.hasSuffix("List"), depth < 4 {
            for item in object.at("items")?.items ?? [] where Self.isObject(item) { read(item, depth: depth + 1) }
            return
        }
        var name = object.at("metadata", "name")?.text ?? "(unnamed)"
        name = HelmTemplate.display(name)
        let namespace = object.at("metadata", "namespace")?.text ?? ""
        if let template = Self.podTemplate(of: object, kind: kind) {
            readPod(template, kind: kind, name: name, namespace: namespace)
            return
        }
        switch kind {
        case "PersistentVolume":
            if let spec = object.at("spec") { readVolume(spec, owner: "PersistentVolume \(name)", component: name) }
        case "Endpoints", "EndpointSlice": readEndpoints(object, kind: kind, name: name)
        case "VirtualService": readVirtualService(object, name: name)
        case "ConfigMap", "Secret": readConfig(object, kind: kind, name: name, namespace: namespace)
        case "Service": readService(object, name: name, namespace: namespace)
        case "Ingress": readIngress(object, name: name)
        case "ServiceEntry": readServiceEntry(object, name: name)
        default:
            if Self.isCustomResource(object.at("apiVersion")?.text ?? "") {
                readCustomResource(object, kind: kind, name: name)
            }
        }
    }

    func location(_ node: YAMLNode, _ context: String) -> SourceLocation {
        let p = node.position()
        return SourceLocation(path: file.path, line: p.line, column: p.column, context: context)
    }

    static func labels(_ node: YAMLNode?) -> [String: String] {
        var out: [String: String] = [:]
        for p in node?.pairs ?? [] { if let v = p.value.text { out[p.key] = v } }
        return out
    }

    // MARK: workloads

    mutating func readPod(_ template: YAMLNode, kind: String, name: String, namespace: String) {
        facts.podTemplates.append(
            .init(workload: name, namespace: namespace, labels: Self.labels(template.at("metadata", "labels"))))
        guard let spec = template.at("spec") else { return }
        for v in spec.at("volumes")?.items ?? [] {
            readVolume(v, owner: "\(kind) \(name), volume \(v.at("name")?.text ?? "(unnamed)")", component: name)
        }
        for list in ["initContainers", "containers"] {
            for c in spec.at(list)?.items ?? [] {
                if let node = c.at("image"), let text = node.text,
                    let image = NginxImage(reference: text, location: location(node, "\(kind) \(name), image"))
                {
                    facts.output.nginxImages.append(image)
                }
                if let text = c.at("image")?.text, let repository = ServiceSource.repositoryName(ofImage: text) {
                    facts.output.serviceSources.append(ServiceSource(component: name, key: .name(repository)))
                }
                facts.containers.append(readContainer(c, kind: kind, workload: name, namespace: namespace))
            }
        }
    }

    func readContainer(_ c: YAMLNode, kind: String, workload: String, namespace: String) -> KubernetesFacts.Container {
        var env: [KubernetesFacts.EnvVar] = []
        for e in c.at("env")?.items ?? [] {
            guard let n = e.at("name")?.text else { continue }
            if let v = e.at("value"), let s = v.text {
                env.append(.init(name: n, source: .literal(s, v.origin(in: file.text))))
            } else if let ref = e.at("valueFrom", "configMapKeyRef"), let rn = ref.at("name")?.text,
                let rk = ref.at("key")?.text
            {
                env.append(.init(name: n, source: .keyRef(kind: "ConfigMap", name: rn, key: rk)))
            } else if let ref = e.at("valueFrom", "secretKeyRef"), let rn = ref.at("name")?.text,
                let rk = ref.at("key")?.text
            {
                env.append(.init(name: n, source: .keyRef(kind: "Secret", name: rn, key: rk)))
            } else {
                env.append(.init(name: n, source: .other))
            }
        }
        var envFrom: [KubernetesFacts.EnvFrom] = []
        for e in c.at("envFrom")?.items ?? [] {
            let prefix = e.at("prefix")?.text ?? ""
            if let n = e.at("configMapRef", "name")?.text {
                envFrom.append(.init(kind: "ConfigMap", name: n, prefix: prefix))
            }
            if let n = e.at("secretRef", "name")?.text {
                envFrom.append(.init(kind: "Secret", name: n, prefix: prefix))
            }
        }
        // The container's command line and its probes' exec commands.
        var lists = [c.at("command"), c.at("args")]
        for probe in ["livenessProbe", "readinessProbe", "startupProbe"] {
            lists.append(c.at(probe, "exec", "command"))
        }
        var arguments: [(key: String?, value: String, origin: ValueOrigin)] = []
        for list in lists {
            let items = (list?.items ?? []).compactMap { a in
                a.text.map { CommandArguments.Argument(text: $0, origin: a.origin(in: file.text)) }
            }
            arguments += CommandArguments.settings(items)
        }
        return .init(
            workloadKind: kind, workload: workload, namespace: namespace, name: c.at("name")?.text ?? "(unnamed)",
            env: env, envFrom: envFrom, arguments: arguments)
    }

    // MARK: ConfigMaps and Secrets

    mutating func readConfig(_ object: YAMLNode, kind: String, name: String, namespace: String) {
        var values: [KubernetesFacts.ConfigSource.Value] = []
        func add(_ key: String, _ content: EmbeddedFile?, plain: (String, ValueOrigin)?) {
            if let content, content.content.contains("\n"),
                let out = EmbeddedScan.scan(key: key, embedded: content, in: file)
            {
                // A program's file of a format a scanner reads (`logstash.conf`, `haproxy.cfg`).
                facts.output.append(out)
            } else if EmbeddedFile.isConfigFileKey(key), let content {
                for s in content.settings(named: key) {
                    values.append(
                        .init(
                            dataKey: key, settingKey: s.key, value: s.value, origin: s.origin, embedded: true,
                            protocolKind: s.protocolKind, label: s.label))
                }
            } else if let content, key.lowercased().hasSuffix(".json"), content.content.contains("\"panels\"") {
                // A Grafana dashboard: its `url`s are documentation links, never connections.
            } else if let content, key.contains("."), content.content.contains("\n") {
                // An embedded document of another kind (`dashboard.json`, `init.sh`): read as text.
                for l in content.textLines() {
                    values.append(
                        .init(dataKey: key, settingKey: l.key, value: l.value, origin: l.origin, embedded: true))
                }
            } else if let plain {
                values.append(.init(dataKey: key, settingKey: key, value: plain.0, origin: plain.1, embedded: false))
            }
        }
        let plainSections = kind == "Secret" ? ["stringData"] : ["data"]
        for section in plainSections {
            for p in object.at(section)?.pairs ?? [] {
                guard let s = p.value.text else { continue }
                add(p.key, EmbeddedFile(scalar: p.value, in: file.text), plain: (s, p.value.origin(in: file.text)))
            }
        }
        if kind == "Secret" {
            for p in object.at("data")?.pairs ?? [] {
                guard let s = p.value.text, let data = Data(base64Encoded: s.filter { !$0.isWhitespace }),
                    let decoded = String(data: data, encoding: .utf8)
                else { continue }
                let pos = p.value.position()
                add(
                    p.key, EmbeddedFile(decoded: decoded, at: pos.line, column: pos.column),
                    plain: (decoded, .fixed(line: pos.line, column: pos.column)))
            }
        }
        facts.configSources.append(.init(kind: kind, name: name, namespace: namespace, values: values))
    }

    // MARK: networking

    mutating func readService(_ object: YAMLNode, name: String, namespace: String) {
        let spec = object.at("spec")
        if spec?.at("type")?.text == "ExternalName", let node = spec?.at("externalName"), let host = node.text,
            HostSyntax.isHostLike(Substring(host)), !HostSyntax.isLocal(host)
        {
            let port = spec?.at("ports")?.items.first.flatMap { $0.at("port")?.text }.flatMap { Int($0) }
            let kind =
                port.flatMap(KindHints.kind(forPort:)) ?? KindHints.kind(forHost: host) ?? KindHints.kind(forHost: name)
                ?? .other
            let loc = location(node, "Service \(name), externalName")
            facts.output.references.append(
                EndpointReference(
                    host: host, port: port ?? kind.defaultPort, scheme: kind.rawValue, kind: kind, location: loc,
                    component: name))
            facts.output.edges.append(ServiceEdge(from: name, to: host.lowercased(), kind: .aliases, location: loc))
        }
        if let sel = spec?.at("selector"), !sel.pairs.isEmpty {
            facts.services.append(
                .init(
                    name: name, namespace: namespace, selector: Self.labels(sel),
                    location: location(sel.pairs[0].keyNode, "Service \(name), selector")))
        }
    }

    mutating func readIngress(_ object: YAMLNode, name: String) {
        let spec = object.at("spec")
        func backend(_ b: YAMLNode?, _ where_: String) {
            guard let b else { return }
            // networking.k8s.io/v1 `service: {name, port: {number}}`; v1beta1 `serviceName`, `servicePort`.
            let nameNode = b.at("service", "name") ?? b.at("serviceName")
            guard let nameNode, let svc = nameNode.text, HostSyntax.isHostLike(Substring(svc)) else { return }
            let portText = b.at("service", "port", "number")?.text ?? b.at("servicePort")?.text
            let port = portText.flatMap { Int($0) } ?? EndpointKind.http.defaultPort
            facts.output.references.append(
                EndpointReference(
                    host: svc, port: port, scheme: "http", kind: .http, role: .upstream,
                    location: location(nameNode, "Ingress \(name), \(where_) → service \(svc)"), component: name))
        }
        backend(spec?.at("defaultBackend") ?? spec?.at("backend"), "default backend")
        for rule in spec?.at("rules")?.items ?? [] {
            let host = HelmTemplate.display(rule.at("host")?.text ?? "*")
            for p in rule.at("http", "paths")?.items ?? [] {
                backend(p.at("backend"), "rule \(host)\(p.at("path")?.text ?? "")")
            }
        }
    }

    /// Istio `ServiceEntry`: external hosts the mesh may call, with their ports and protocols.
    mutating func readServiceEntry(_ object: YAMLNode, name: String) {
        guard let spec = object.at("spec") else { return }
        let ports = (spec.at("ports")?.items ?? []).compactMap { p -> (Int, String)? in
            guard let n = p.at("number")?.text.flatMap({ Int($0) }) else { return nil }
            return (n, (p.at("protocol")?.text ?? "").uppercased())
        }
        var hostNodes = spec.at("hosts")?.items ?? []
        hostNodes += (spec.at("endpoints")?.items ?? []).compactMap { $0.at("address") }
        for node in hostNodes {
            guard var host = node.text else { continue }
            var column = 0
            if host.hasPrefix("*.") {
                host.removeFirst(2)
                column = 2
            }
            guard HostSyntax.isHostLike(Substring(host)), !HostSyntax.isLocal(host) else { continue }
            var loc = location(node, "ServiceEntry \(name), host \(node.text ?? host)")
            loc.column += column
            for (port, proto) in ports.isEmpty ? [(0, "")] : ports {
                let p: Int? = port == 0 ? nil : port
                let kind = Self.kind(ofProtocol: proto, port: p, host: host)
                facts.output.references.append(
                    EndpointReference(
                        host: host, port: p ?? kind.defaultPort, scheme: kind.rawValue, kind: kind, location: loc,
                        component: name, tls: proto == "HTTPS" || proto == "TLS"))
            }
        }
    }

    // MARK: custom resources

    /// A resource of an operator's API group (`install.istio.io`, `argoproj.io`,
    /// `kafka.strimzi.io`): its schema is the operator's, so its `spec` is read as settings whose
    /// keys say what they hold (`values.global.remotePilotAddress`, `destination.server`).
    /// Kubernetes' own groups and Istio's routing objects (whose `hosts` name the mesh's own
    /// services) are modelled above or hold no connections.
    static func isCustomResource(_ apiVersion: String) -> Bool {
        guard let slash = apiVersion.firstIndex(of: "/") else { return false }  // core `v1`
        let group = apiVersion[..<slash]
        guard group.contains(".") else { return false }  // `apps`, `batch`, `policy`, `autoscaling`
        return !group.hasSuffix("k8s.io") && !group.hasSuffix("networking.istio.io")
            && !group.hasSuffix("security.istio.io")
    }

    mutating func readCustomResource(_ object: YAMLNode, kind: String, name: String) {
        guard let spec = object.at("spec") else { return }
        var entries: [ConfigEntry] = []
        var budget = 5_000
        func walk(_ node: YAMLNode, _ key: String, depth: Int) {
            guard depth < 32, budget > 0 else { return }
            budget -= 1
            if let text = node.text {
                if !text.isEmpty {
                    entries.append(
                        ConfigEntry(
                            key: key, value: text, origin: node.origin(in: file.text),
                            context: "\(kind) \(name), \(key)", component: name))
                }
            } else if node.pairs.count == 2, let n = node.at("name")?.text, let v = node.at("value"), let text = v.text
            {
                // `{name: bootstrap.servers, value: kafka:9092}`: the name is the value's key.
                entries.append(
                    ConfigEntry(
                        key: n, value: text, origin: v.origin(in: file.text),
                        context: "\(kind) \(name), \(key) \(n)", component: name))
            } else if !node.pairs.isEmpty {
                for p in node.pairs { walk(p.value, key.isEmpty ? p.key : key + "." + p.key, depth: depth + 1) }
            } else {
                for (i, item) in node.items.enumerated() { walk(item, "\(key)[\(i)]", depth: depth + 1) }
            }
        }
        walk(spec, "", depth: 0)
        facts.output.append(ValueScanner.scan(entries.filter(EntryFilter.mightHoldEndpoint), in: file))
    }

    // MARK: storage and endpoints

    /// Volume sources that name their servers (a pod's `volumes[]` item or a PersistentVolume's
    /// spec): NFS `server`, CephFS and RBD `monitors` (`host:port`), iSCSI `targetPortal` and
    /// `portals`. The storage is where the data lives, so each is a datastore.
    mutating func readVolume(_ volume: YAMLNode, owner: String, component: String) {
        var found: [(YAMLNode, String)] = []
        if let n = volume.at("nfs", "server") { found.append((n, "nfs server")) }
        for source in ["cephfs", "rbd"] {
            for n in volume.at(source, "monitors")?.items ?? [] { found.append((n, "\(source) monitor")) }
        }
        if let n = volume.at("iscsi", "targetPortal") { found.append((n, "iscsi targetPortal")) }
        for n in volume.at("iscsi", "portals")?.items ?? [] { found.append((n, "iscsi portal")) }
        for (node, what) in found {
            guard let text = node.text else { continue }
            let (host, hostOffset, portText) = HostSyntax.splitHostPort(Substring(text))
            guard HostSyntax.isHostLike(host), !HostSyntax.isLocal(String(host)) else { continue }
            var loc = location(node, "\(owner), \(what)")
            loc.column += hostOffset
            facts.output.references.append(
                EndpointReference(
                    host: host.lowercased(), port: portText.flatMap { HostSyntax.port($0) }, scheme: "", kind: .other,
                    role: .datastore, location: loc, component: component))
        }
    }

    /// `Endpoints` (`subsets[].addresses[].ip`) and `EndpointSlice` (`endpoints[].addresses[]`)
    /// written by hand: the addresses a Service without a selector sends its traffic to.
    mutating func readEndpoints(_ object: YAMLNode, kind: String, name: String) {
        var found: [(YAMLNode, Int?)] = []
        for subset in object.at("subsets")?.items ?? [] {
            let port = subset.at("ports")?.items.first?.at("port")?.text.flatMap { Int($0) }
            for a in subset.at("addresses")?.items ?? [] { if let ip = a.at("ip") { found.append((ip, port)) } }
        }
        let slicePort = object.at("ports")?.items.first?.at("port")?.text.flatMap { Int($0) }
        for e in object.at("endpoints")?.items ?? [] {
            for a in e.at("addresses")?.items ?? [] { found.append((a, slicePort)) }
        }
        for (node, port) in found {
            guard let host = node.text, HostSyntax.isHostLike(Substring(host)), !HostSyntax.isLocal(host) else {
                continue
            }
            let endpointKind = port.flatMap(KindHints.kind(forPort:)) ?? .other
            facts.output.references.append(
                EndpointReference(
                    host: host.lowercased(), port: port, scheme: endpointKind == .other ? "" : endpointKind.rawValue,
                    kind: endpointKind,
                    location: location(node, "\(kind) \(name), address"), component: name))
        }
    }

    /// Istio `VirtualService`: the destinations its routes send traffic to (`spec.hosts` only
    /// names the service itself, so it is not read).
    mutating func readVirtualService(_ object: YAMLNode, name: String) {
        for section in ["http", "tcp", "tls", "grpc"] {
            for route in object.at("spec", section)?.items ?? [] {
                for r in route.at("route")?.items ?? [] {
                    guard let node = r.at("destination", "host"), let host = node.text,
                        HostSyntax.isHostLike(Substring(host)), !HostSyntax.isLocal(host)
                    else { continue }
                    let port = r.at("destination", "port", "number")?.text.flatMap { Int($0) }
                    let kind: EndpointKind =
                        section == "grpc"
                        ? .grpc : section == "http" ? .http : (port.flatMap(KindHints.kind(forPort:)) ?? .other)
                    facts.output.references.append(
                        EndpointReference(
                            host: host.lowercased(), port: port ?? kind.defaultPort, scheme: kind.rawValue, kind: kind,
                            role: .upstream,
                            location: location(node, "VirtualService \(name), \(section) route destination"),
                            component: name))
                }
            }
        }
    }

    static func kind(ofProtocol proto: String, port: Int?, host: String) -> EndpointKind {
        switch proto {
        case "HTTP", "HTTPS", "HTTP2": return .http
        case "GRPC": return .grpc
        case "MONGO": return .mongodb
        case "MYSQL": return .mysql
        case "REDIS": return .redis
        default:
            return port.flatMap(KindHints.kind(forPort:)) ?? KindHints.kind(forHost: host)
                ?? (port == 443 ? .http : .other)
        }
    }
}
