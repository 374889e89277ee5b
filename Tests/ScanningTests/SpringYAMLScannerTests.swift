import ResidencyCore
import Testing

@testable import Scanning

struct SpringYAMLScannerTests {
    @Test(
        "Spring Cloud Config files are recognised by content; Kubernetes and compose are not",
        arguments: [
            ("spring:\n  application:\n    name: x\n", true),
            ("server:\n  port: 0\neureka:\n  client: {}\n", true),
            ("management.endpoints.web.exposure.include: '*'\n", true),
            ("apiVersion: v1\nkind: ConfigMap\ndata:\n  spring: x\n", false),
            ("services:\n  spring:\n    image: x\n", false),
            ("# spring: commented\nfoo: bar\n", false),
        ])
    func sniff(text: String, spring: Bool) {
        #expect(SpringYAMLScanner.looksLikeSpringConfig(SourceText(text)) == spring)
    }

    @Test("recognised names: application* and bootstrap* YAML whatever the content, other YAML by content")
    func names() {
        let s = SpringYAMLScanner()
        func recognizes(_ path: String, _ text: String = "foo: bar\n") -> Bool {
            s.accepts(path: path) && s.recognizes(SourceFile(path: path, text: SourceText(text)))
        }
        #expect(recognizes("src/main/resources/application.yml"))
        #expect(recognizes("application-docker.yaml"))
        #expect(recognizes("config/bootstrap.yml"))
        #expect(!recognizes("k8s/deployment.yaml", "apiVersion: v1\nkind: Service\n"))
        #expect(!recognizes("docker-compose.yml", "services:\n  a:\n    image: x\n"))
        #expect(!recognizes("application.properties"))
    }

    @Test("block scalars, anchors and CRLF keep exact places")
    func places() throws {
        let text =
            "common: &db\r\n  url: \"postgres://a.example.no/x\"\r\nspring:\r\n  datasource: *db\r\n  kafka:\r\n    bootstrap-servers: >-\r\n      k0.example.no:9092\r\n"
        let file = SourceFile(path: "application.yml", text: SourceText(text))
        let out = try #require(
            SpringYAMLScanner().scan(file, context: ScanContext(root: .init(fileURLWithPath: "/nonexistent"))))
        let got = Set(out.references.map { "\($0.host) \($0.location.line):\($0.location.column)" })
        #expect(got == ["a.example.no 2:20", "k0.example.no 7:7"])
        #expect(out.diagnostics.isEmpty)
    }

    @Test("an application.yaml that is a Kubernetes object is left to the Kubernetes scanner")
    func argoApplication() {
        let text =
            "apiVersion: argoproj.io/v1alpha1\nkind: Application\nspec:\n  destination:\n    server: https://kubernetes.default.svc\n"
        let file = SourceFile(path: "argocd/application.yaml", text: SourceText(text))
        #expect(!SpringYAMLScanner().recognizes(file))
        #expect(KubernetesScanner().recognizes(file))
    }

    @Test("placeholders naming the file's own settings are resolved there")
    func ownPlaceholders() throws {
        let text = """
            eureka:
              instance:
                hostname: localhost
              client:
                serviceUrl:
                  defaultZone: http://${eureka.instance.hostname}:8761/eureka/
            app:
              db-host: pg.example.no
            spring:
              datasource:
                url: jdbc:postgresql://${app.db-host}:5432/x
              data:
                redis:
                  url: redis://${REDIS_HOST}:6379
            """
        let file = SourceFile(path: "application.yml", text: SourceText(text))
        let out = try #require(
            SpringYAMLScanner().scan(file, context: ScanContext(root: .init(fileURLWithPath: "/nonexistent"))))
        #expect(
            Set(out.references.map { "\($0.kind.rawValue)://\($0.host) \($0.location.line):\($0.location.column)" })
                == ["postgres://pg.example.no 8:12"], "the setting itself and the URL that names it")
        #expect(out.unresolved.map(\.variable) == ["REDIS_HOST"])
    }
}
