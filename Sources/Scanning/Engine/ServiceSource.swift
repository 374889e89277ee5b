/// What ties a folder of the tree to a component, so that connections written in a service's own
/// files (its Dockerfile, env files, Spring profiles) belong to it: a compose `build.context`
/// names the folder; a Kubernetes container `image:` names it by the image's repository name
/// (`registry.example/shop/order-service:5.2` → a folder `order-service`).
public struct ServiceSource: Hashable, Sendable {
    public enum Key: Hashable, Sendable {
        /// A folder, relative to the scanned root.
        case folder(String)
        /// A folder's own name.
        case name(String)
    }

    public var component: String
    public var key: Key

    public init(component: String, key: Key) {
        self.component = component
        self.key = key
    }

    /// `registry.example/shop/order-service:5.2.0@sha256:…` → `order-service`.
    public static func repositoryName(ofImage image: String) -> String? {
        var s = Substring(image)
        if let at = s.firstIndex(of: "@") { s = s[..<at] }
        let last = s.split(separator: "/").last ?? s
        let name = last.split(separator: ":", maxSplits: 1).first.map(String.init) ?? ""
        let templated = name.utf8.contains { $0 == UInt8(ascii: "$") || $0 == UInt8(ascii: "{") }
        return name.isEmpty || templated ? nil : name.lowercased()
    }
}
