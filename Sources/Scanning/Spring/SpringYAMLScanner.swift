import ResidencyCore

/// Spring Boot `application*.yml|yaml` and Spring Cloud `bootstrap*.yml|yaml`. Nested keys are
/// flattened to the dotted names Spring binds (`spring.datasource.url`,
/// `spring.kafka.bootstrap-servers` as a string or a list, `spring.data.redis.host` + `port`,
/// `spring.rabbitmq.addresses`, `management.zipkin.tracing.endpoint`,
/// `eureka.client.service-url.defaultZone`), every profile document after `---` included, and
/// handed to the shared value scanner; `${DB_HOST:default}` placeholders give their default or an
/// unresolved reference. Other YAML (Kubernetes, compose) belongs to other scanners.
public struct SpringYAMLScanner: FormatScanner {
    public init() {}

    public var description: ScannerDescription {
        ScannerDescription(
            id: "spring-yaml",
            title: "Spring Boot application.yml / bootstrap.yml",
            summary: "Reads application*.yml|yaml and bootstrap*.yml|yaml (every profile document), flattens keys to "
                + "Spring's dotted names and reports datasource URLs, Kafka bootstrap servers (string or list), Redis and "
                + "RabbitMQ hosts with their ports, Zipkin/OTLP endpoints and Eureka service URLs.",
            references: [
                "https://docs.spring.io/spring-boot/reference/features/external-config.html",
                "https://docs.spring.io/spring-boot/appendix/application-properties/index.html",
            ],
            examples: Self.examples)
    }

    public func accepts(path: String) -> Bool { ContentSniff.pathHasSuffix(path, [".yml", ".yaml"]) }

    /// `application*` and `bootstrap*` by name (unless a Kubernetes object), any other YAML by
    /// content: a Spring Cloud Config repository holds `customers-service.yml`.
    public func recognizes(_ file: SourceFile) -> Bool {
        let name = file.name.lowercased()
        if name.hasPrefix("application") || name.hasPrefix("bootstrap") { return !Self.isKubernetesManifest(file.text) }
        return Self.looksLikeSpringConfig(file.text)
    }

    /// Whether a YAML file of any name reads as Spring configuration (a Spring Cloud Config
    /// repository holds `customers-service.yml`, `api-gateway-docker.yml`…): a top-level `spring`,
    /// `eureka` or `management` key and no Kubernetes `apiVersion` or compose `services`. For the
    /// engine to offer such files here.
    public static func looksLikeSpringConfig(_ text: SourceText) -> Bool {
        var spring = false
        for start in text.lineStarts {
            let b = text.bytes
            guard start < b.count, b[start] != 0x20, b[start] != 0x23 else { continue }
            func starts(_ word: String) -> Bool {
                let w = Array(word.utf8)
                return start + w.count <= b.count && Array(b[start..<(start + w.count)]) == w
            }
            if starts("apiVersion:") || starts("services:") || starts("kind:") { return false }
            if starts("spring:") || starts("spring.") || starts("eureka:") || starts("eureka.") || starts("management:")
                || starts("management.")
            {
                spring = true
            }
        }
        return spring
    }

    /// An `application.yaml` that is a Kubernetes object (an Argo CD `Application`, a Helm
    /// chart's manifest) is the Kubernetes scanner's: a top-level `apiVersion:` says so.
    static func isKubernetesManifest(_ text: SourceText) -> Bool {
        let marker = Array("apiVersion:".utf8)
        return text.lineStarts.contains { start in
            start + marker.count <= text.bytes.count && text.bytes[start..<(start + marker.count)].elementsEqual(marker)
        }
    }

    public func scan(_ file: SourceFile, context: ScanContext) -> ScanOutput? {
        let (documents, failure) = YAMLSettings.read(file.text)
        var entries: [ConfigEntry] = []
        var allSettings: [ConfigEntry] = []
        for doc in documents {
            let profile = doc.settings.first {
                $0.key == "spring.config.activate.on-profile" || $0.key == "spring.profiles"
            }?.value
            let where_ = profile.map { "\(file.name) [\($0)]" } ?? String(file.name)
            for s in doc.settings {
                let entry = ConfigEntry(key: s.key, value: s.value, origin: s.origin, context: "\(where_) \(s.key)")
                allSettings.append(entry)
                if !SpringKeys.describesItself(s.key) { entries.append(entry) }
            }
        }
        var out = ValueScanner.scan(entries, in: file)
        SpringPlaceholders.resolve(&out, settings: allSettings, in: file)
        if let failure {
            out.diagnostics.append(
                Diagnostic(path: file.path, line: failure.line, column: failure.column, message: failure.message))
        }
        return out
    }
}
