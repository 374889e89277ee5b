import ResidencyCore

/// Kubernetes manifests: any `*.yaml`/`*.yml` whose documents have `apiVersion` and `kind`, and
/// kustomizations. Reads workloads' container env (values, `configMapKeyRef`/`secretKeyRef`/
/// `envFrom` resolved across files in `link`), ConfigMap data and embedded config files, Secret
/// `stringData` and base64 `data`, ExternalName Services, Ingress backends, Istio ServiceEntries,
/// and Service → workload edges. YAML that turns out to hold no manifest, and a Helm template that
/// stays invalid YAML, are declined: the engine offers them to the next scanner or the text fallback.
public struct KubernetesScanner: FormatScanner {
    public init() {}

    public var description: ScannerDescription {
        ScannerDescription(
            id: "kubernetes",
            title: "Kubernetes manifests",
            summary:
                "Reads YAML documents with apiVersion and kind (multi-document files, kind: List): container env of "
                + "Deployments, StatefulSets, DaemonSets, ReplicaSets, Jobs, CronJobs and Pods, with configMapKeyRef, "
                + "secretKeyRef and envFrom resolved against ConfigMaps and Secrets anywhere in the scan (reported where "
                + "the value is written); ConfigMap data including embedded .properties/.yaml/.env files; Secret stringData "
                + "and base64 data (decoded, never printed); ExternalName Services; Ingress backends; Istio ServiceEntry "
                + "hosts; Service selectors → workloads. Helm templates are rendered from their chart's values.yaml (and each values-*.yaml variant), the values file's line reported beside the template's; those that are not valid YAML are read as text.",
            references: [
                "https://kubernetes.io/docs/tasks/inject-data-application/define-environment-variable-container/",
                "https://kubernetes.io/docs/concepts/configuration/configmap/",
                "https://kubernetes.io/docs/concepts/services-networking/service/#externalname",
                "https://istio.io/latest/docs/reference/config/networking/service-entry/",
            ],
            examples: Self.examples)
    }

    public func accepts(path: String) -> Bool {
        let name = PathName.lowercasedFileName(path)
        guard name.hasSuffix(".yaml") || name.hasSuffix(".yml") else { return false }
        return !ComposeScanner.isComposeFileName(name)
    }

    /// `apiVersion:` and `kind:` at the start of some line (any indentation: a `kind: List`'s
    /// items), or a kustomization by name.
    public func recognizes(_ file: SourceFile) -> Bool {
        if KubernetesObjects.isKustomizationName(file.name) { return true }
        return ContentSniff.hasIndentedLine(startingWith: "apiVersion:", in: file.text)
            && ContentSniff.hasIndentedLine(startingWith: "kind:", in: file.text)
    }

    public func scan(_ original: SourceFile, context: ScanContext) -> KubernetesFacts? {
        var file = original
        var documents: [YAMLNode] = []
        var failure: YAMLDocuments.Failure?
        var substitutions: [HelmRender.Substitution] = []
        var chart: (base: HelmValues, variants: [HelmValues])?
        // A Helm template: its actions make it invalid YAML, or worse, valid YAML of another
        // shape (`value: {{ .Values.url }}` reads as a flow mapping). In a chart, the value
        // references are first rendered from values.yaml; the remaining actions neutralized
        // (same bytes, same places) read as the manifest it renders to; if that fails, the file
        // as written is tried, and if that fails too its text still names hosts (declined, for
        // the text fallback).
        let isTemplate = ContentSniff.contains("{{", in: original.text)
        if isTemplate {
            chart = HelmValues.forTemplate(original.path, context: context)
            if let chart, let r = Self.render(original, with: chart.base) {
                (file, documents, substitutions) = r
            } else {
                let neutral = SourceFile(
                    path: original.path, text: SourceText(bytes: HelmTemplate.neutralize(original.text.bytes)))
                (documents, failure) = YAMLDocuments.read(neutral.text)
                if failure == nil {
                    file = neutral
                } else {
                    (documents, failure) = YAMLDocuments.read(original.text)
                    if failure != nil { return nil }
                }
            }
        }
        var objects = KubernetesObjects(file: file)
        var manifests = 0
        if !isTemplate {
            // Plain YAML: each document is read into the objects as it is parsed, so memory holds
            // one document's node tree at a time.
            failure = YAMLDocuments.each(original.text) { Self.add($0, to: &objects, manifests: &manifests) }
        } else {
            for doc in documents { Self.add(doc, to: &objects, manifests: &manifests) }
        }
        if let failure {
            objects.facts.output.diagnostics.append(
                Diagnostic(
                    path: file.path, line: failure.line, column: failure.column,
                    message: failure.message))
        }
        // Markers but no manifest (a values file, a CRD's schema, a test fixture): not ours. A
        // broken file that looked like a manifest is a config error, reported here.
        if manifests == 0, failure == nil { return nil }
        var facts = objects.facts
        facts.helm = substitutions
        // Each values variant the template draws a value from, rendered on its own under a path
        // of its own (the link puts the template's path back).
        for (n, variant) in (chart?.variants ?? []).enumerated() where !substitutions.isEmpty {
            let renamed = SourceFile(path: original.path + "\u{0}\(n)", text: original.text)
            guard let r = Self.render(renamed, with: variant), r.1.count > 0,
                r.2.contains(where: { $0.valuesPlace.path == variant.file })
            else { continue }
            var v = Self.objects(r.1, in: r.0).objects.facts
            v.helm = r.2
            // Only its endpoints are the variant's own: the objects, edges and any diagnostics
            // are the template's, already reported by the default rendering.
            v.services = []
            v.podTemplates = []
            v.output.diagnostics = []
            v.output.edges = []
            v.output.routes = []
            v.output.upstreams = []
            facts.variants.append(v)
        }
        return facts
    }

    /// A chart template rendered from its values and neutralized, when it then reads as YAML.
    static func render(
        _ original: SourceFile, with values: HelmValues
    ) -> (SourceFile, [YAMLNode], [HelmRender.Substitution])? {
        let r = HelmRender(values: values).render(original.text.bytes)
        let file = SourceFile(path: original.path, text: SourceText(bytes: HelmTemplate.neutralize(r.bytes)))
        let (documents, failure) = YAMLDocuments.read(file.text)
        return failure == nil ? (file, documents, r.substitutions) : nil
    }

    static func objects(_ documents: [YAMLNode], in file: SourceFile) -> (objects: KubernetesObjects, manifests: Int) {
        var objects = KubernetesObjects(file: file)
        var manifests = 0
        for doc in documents { add(doc, to: &objects, manifests: &manifests) }
        return (objects, manifests)
    }

    /// Reads one document into the objects, counting it when it is a manifest.
    static func add(_ doc: YAMLNode, to objects: inout KubernetesObjects, manifests: inout Int) {
        if KubernetesObjects.isKustomization(doc, fileName: objects.file.name) {
            objects.readKustomization(doc)
            manifests += 1
        } else if KubernetesObjects.isObject(doc) {
            objects.read(doc)
            manifests += 1
        }
    }

    /// A manifest that does not parse to its end still names hosts in its lines.
    public func alsoReadAsText(_ partial: KubernetesFacts) -> Bool { !partial.output.diagnostics.isEmpty }

    public func link(_ partials: [KubernetesFacts], context: ScanContext) -> ScanOutput {
        var link = KubernetesLink(partials.flatMap { [$0] + $0.variants })
        var out = link.run()
        HelmPlaces.restore(&out, partials)
        return out
    }
}
