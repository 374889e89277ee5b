import ResidencyCore
import Yams

/// Kubernetes manifests: any `*.yaml`/`*.yml` whose documents have `apiVersion` and `kind`
/// (compose files and Spring `application*.yml` belong to their own scanners). Reads workloads'
/// container env (values, `configMapKeyRef`/`secretKeyRef`/`envFrom` resolved across files in
/// `link`), ConfigMap data and embedded config files, Secret `stringData` and base64 `data`,
/// ExternalName Services, Ingress backends, Istio ServiceEntries, and Service → workload edges.
/// YAML that is not a manifest goes to the text scanner (or the Spring scanner, by content), so
/// claiming every YAML file loses nothing; a Helm template that is not valid YAML likewise.
public struct KubernetesScanner: FormatScanner {
    public init() {}

    public var description: ScannerDescription {
        ScannerDescription(
            id: "kubernetes",
            title: "Kubernetes manifests",
            summary: "Reads YAML documents with apiVersion and kind (multi-document files, kind: List): container env of "
                + "Deployments, StatefulSets, DaemonSets, ReplicaSets, Jobs, CronJobs and Pods, with configMapKeyRef, "
                + "secretKeyRef and envFrom resolved against ConfigMaps and Secrets anywhere in the scan (reported where "
                + "the value is written); ConfigMap data including embedded .properties/.yaml/.env files; Secret stringData "
                + "and base64 data (decoded, never printed); ExternalName Services; Ingress backends; Istio ServiceEntry "
                + "hosts; Service selectors → workloads. Helm templates that are not valid YAML are read as text.",
            references: ["https://kubernetes.io/docs/tasks/inject-data-application/define-environment-variable-container/",
                         "https://kubernetes.io/docs/concepts/configuration/configmap/",
                         "https://kubernetes.io/docs/concepts/services-networking/service/#externalname",
                         "https://istio.io/latest/docs/reference/config/networking/service-entry/"],
            examples: Self.examples)
    }

    public func accepts(path: String) -> Bool {
        let name = (path.split(separator: "/").last.map(String.init) ?? path).lowercased()
        guard name.hasSuffix(".yaml") || name.hasSuffix(".yml") else { return false }
        return !ComposeScanner.isComposeFileName(name)
    }

    public func scan(_ original: SourceFile, context: ScanContext) -> KubernetesFacts {
        var file = original
        var (documents, failure) = YAMLDocuments.read(file.text)
        if failure != nil, original.text.find("{{", from: 0) != nil {
            // A Helm template: its actions made it invalid YAML. Neutralized (same bytes, same
            // places) it usually parses; if not, its text still names hosts.
            let neutral = SourceFile(path: original.path, text: SourceText(bytes: HelmTemplate.neutralize(original.text.bytes)))
            (documents, failure) = YAMLDocuments.read(neutral.text)
            guard failure == nil else {
                return KubernetesFacts(file: original, output: TextScanner().scan(original, context: context))
            }
            file = neutral
        }
        var objects = KubernetesObjects(file: file)
        var manifests: [Node] = []
        for doc in documents {
            if KubernetesObjects.isKustomization(doc, fileName: file.name) {
                objects.readKustomization(doc)
                manifests.append(doc)
            } else if KubernetesObjects.isObject(doc) {
                objects.read(doc)
                manifests.append(doc)
            }
        }
        if let failure {
            objects.facts.output.diagnostics.append(Diagnostic(path: file.path, line: failure.line, column: failure.column,
                                                               message: failure.message))
        }
        if manifests.isEmpty {
            let name = file.name.lowercased()
            if name.hasPrefix("application") || name.hasPrefix("bootstrap") {
                return KubernetesFacts(file: file) // the Spring scanner's, diagnostics included
            }
            if failure == nil, SpringYAMLScanner.looksLikeSpringConfig(file.text) {
                objects.facts.output.append(SpringYAMLScanner().scan(original, context: context))
            } else {
                objects.facts.output.append(TextScanner().scan(original, context: context))
            }
        }
        return objects.facts
    }

    public func link(_ partials: [KubernetesFacts], context: ScanContext) -> ScanOutput {
        var link = KubernetesLink(partials)
        return link.run()
    }
}
