import ResidencyCore

/// What one manifest file tells, kept until every file is read: a Deployment's `configMapKeyRef`
/// may name a ConfigMap in another file, and a Service selects workloads defined elsewhere.
public struct KubernetesFacts: Sendable {
    var file: SourceFile
    /// What needs no other file: ExternalName services, Ingress backends, ServiceEntries,
    /// diagnostics, and everything of a file that is not a manifest (text fallback).
    var output = ScanOutput()
    var configSources: [ConfigSource] = []
    var containers: [Container] = []
    var services: [SelectorService] = []
    var podTemplates: [PodTemplate] = []
    /// A Helm template rendered from its chart's values: the actions replaced, so the link can
    /// put each place back in the template and add the values file's as a second source.
    var helm: [HelmRender.Substitution] = []
    /// The same template rendered with each `values-*.yaml` variant whose values it uses.
    var variants: [KubernetesFacts] = []

    /// A ConfigMap or Secret: its values, each with where it is written.
    struct ConfigSource: Sendable {
        var kind: String
        var name: String
        var namespace: String
        var values: [Value]

        struct Value: Sendable {
            /// The ConfigMap key (`database-url`, `application.properties`).
            var dataKey: String
            /// The setting's own key: the data key, or a key inside an embedded file (nil for a
            /// free-text line of an embedded document, where only connection strings count).
            var settingKey: String?
            var value: String
            var origin: ValueOrigin
            /// A line of an embedded file rather than the whole value of a key.
            var embedded: Bool
            /// The protocol the embedded file's format says the setting speaks (see ConfigEntry).
            var protocolKind: EndpointKind? = nil
            /// How reports name the setting, when not by `settingKey` (its path in the embedded file).
            var label: String? = nil
        }

        var label: String { "\(kind) \(name)" }
    }

    /// One container (or init container) of a workload, with its environment.
    struct Container: Sendable {
        var workloadKind: String
        var workload: String
        var namespace: String
        var name: String
        var env: [EnvVar]
        var envFrom: [EnvFrom]
        /// `command` and `args` items, as free text (`--db=postgres://…`).
        var arguments: [(key: String?, value: String, origin: ValueOrigin)]

        var label: String { "\(workloadKind) \(workload), container \(name)" }
    }

    struct EnvVar: Sendable {
        enum Source: Sendable {
            case literal(String, ValueOrigin)
            case keyRef(kind: String, name: String, key: String)
            case other
        }
        var name: String
        var source: Source
    }

    struct EnvFrom: Sendable {
        var kind: String
        var name: String
        var prefix: String
    }

    /// A Service with a label selector, for the workload edges.
    struct SelectorService: Sendable {
        var name: String
        var namespace: String
        var selector: [String: String]
        var location: SourceLocation
    }

    /// A workload's pod labels.
    struct PodTemplate: Sendable {
        var workload: String
        var namespace: String
        var labels: [String: String]
    }
}
