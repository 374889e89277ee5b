import ResidencyCore

/// Java `.properties` files: Spring Boot `application*.properties`, Kafka client and broker
/// configs (`bootstrap.servers=h1:9092,h2:9092` gives one kafka endpoint per host), and any other
/// properties file. Every setting goes through the shared value scanner, so keys such as
/// `spring.datasource.url`, `spring.data.redis.host` + `.port` and `management.zipkin.tracing.endpoint`
/// are read as in every other format.
public struct PropertiesScanner: FormatScanner {
    public init() {}

    public var description: ScannerDescription {
        ScannerDescription(
            id: "properties",
            title: "Java .properties (Spring Boot, Kafka clients)",
            summary: "Reads *.properties files (key=value, key: value, key value; # and ! comments; \\ continuations; "
                + "\\uXXXX escapes) and reports connection strings, host-bearing keys, Kafka bootstrap.servers lists "
                + "(one endpoint per broker) and host + port key pairs such as spring.data.redis.host/port.",
            references: [
                "https://docs.oracle.com/en/java/javase/21/docs/api/java.base/java/util/Properties.html#load(java.io.Reader)",
                "https://kafka.apache.org/documentation/#producerconfigs_bootstrap.servers",
                "https://docs.spring.io/spring-boot/appendix/application-properties/index.html",
            ],
            examples: Self.examples)
    }

    public func accepts(path: String) -> Bool {
        path.lowercased().hasSuffix(".properties")
    }

    /// Build-tool wrappers name where the build tool is downloaded from, which no running
    /// service ever contacts.
    static let buildToolFiles: Set<String> = ["maven-wrapper.properties", "gradle-wrapper.properties"]

    /// Java resource bundles (`messages.properties`, `messages_de.properties`,
    /// `ValidationMessages.properties`) hold user-facing text: `address=Adresse` is a label.
    static func isResourceBundle(_ name: String) -> Bool {
        let base = name.dropLast(".properties".count)
        if base.hasPrefix("messages") || base.hasPrefix("ValidationMessages") || base.hasPrefix("i18n") { return true }
        // `…_de`, `…_pt_BR`: a locale suffix.
        let parts = base.split(separator: "_")
        guard parts.count >= 2, let last = parts.last else { return false }
        if last.count == 2, last.allSatisfy(\.isLetter) {
            let previous = parts[parts.count - 2]
            return last.allSatisfy(\.isLowercase) || (previous.count == 2 && previous.allSatisfy(\.isLowercase))
        }
        return false
    }

    public func scan(_ file: SourceFile, context: ScanContext) -> ScanOutput? {
        let name = String(file.name)
        if Self.buildToolFiles.contains(name) || Self.isResourceBundle(name) { return ScanOutput() }
        let all = PropertiesFile.parse(file.text.bytes).map { e in
            ConfigEntry(
                key: e.key, value: e.value,
                origin: e.verbatim ? .verbatim(byteOffset: e.valueOffset) : .search(fromByte: e.valueOffset),
                context: name + " " + e.key)
        }
        var out = ValueScanner.scan(all.filter { !SpringKeys.describesItself($0.key ?? "") }, in: file)
        SpringPlaceholders.resolve(&out, settings: all, in: file)
        return out
    }
}
