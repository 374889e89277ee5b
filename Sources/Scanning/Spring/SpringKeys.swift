/// Spring Boot settings that describe the application itself rather than what it connects to:
/// its embedded server (`server.address`, `server.shutdown`, `server.port`), the management
/// server it opens, and the name it registers under in Eureka (`eureka.instance.hostname`).
/// Both the `.properties` and the YAML scanner skip them.
enum SpringKeys {
    static let ownPrefixes: [[UInt8]] = [
        "server.", "management.server.", "eureka.instance.", "spring.application.",
        "spring.cloud.inetutils.",
    ].map { Array($0.utf8) }

    static func describesItself(_ key: String) -> Bool {
        let k = key.utf8
        return ownPrefixes.contains { p in
            k.count >= p.count && zip(k, p).allSatisfy { SourceText.lower($0) == $1 }
        }
    }
}
