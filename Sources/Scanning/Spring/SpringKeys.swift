/// Spring Boot settings that describe the application itself rather than what it connects to:
/// its embedded server (`server.address`, `server.shutdown`, `server.port`), the management
/// server it opens, and the name it registers under in Eureka (`eureka.instance.hostname`).
/// Both the `.properties` and the YAML scanner skip them.
enum SpringKeys {
    static func describesItself(_ key: String) -> Bool {
        let k = key.lowercased()
        return k.hasPrefix("server.") || k.hasPrefix("management.server.") || k.hasPrefix("eureka.instance.")
            || k.hasPrefix("spring.application.") || k.hasPrefix("spring.cloud.inetutils.")
    }
}
