/// An nginx container image the estate runs (`FROM nginx:1.29.7-alpine`, compose or Kubernetes
/// `image: nginx:1.27`): where it is written and the release its tag names, so connection reuse
/// can be judged by the release that actually serves the configuration.
public struct NginxImage: Hashable, Sendable, Comparable {
    /// The image as written (`nginx:1.27-alpine`, `nginxinc/nginx-unprivileged:1.29.7`).
    public var image: String
    /// The release the tag names; nil for a floating tag (`latest`, `stable`, `mainline`, none).
    /// A `MAJOR.MINOR` tag floats over patch releases and is taken at its first (`1.29` → 1.29.0),
    /// so an auditor never assumes a newer release than the tag guarantees.
    public var version: NginxVersion?
    public var location: SourceLocation

    public init(image: String, version: NginxVersion?, location: SourceLocation) {
        self.image = image
        self.version = version
        self.location = location
    }

    /// Repositories that ship nginx itself (Docker Official Image, NGINX Inc.'s unprivileged build,
    /// Bitnami's).
    static let repositories: Set<String> = [
        "nginx", "nginx-unprivileged", "nginxinc/nginx-unprivileged", "bitnami/nginx",
    ]

    /// The nginx image `reference` names, or nil when it is not an nginx image.
    public init?(reference: String, location: SourceLocation) {
        guard Self.mentionsNginx(reference) else { return nil }
        var ref = Substring(reference)
        if let at = ref.firstIndex(of: "@") { ref = ref[..<at] }  // a digest pins bytes, not a release we can read
        var repository = ref
        var tag: Substring = ""
        if let colon = ref.lastIndex(of: ":"), !ref[colon...].utf8.contains(UInt8(ascii: "/")) {
            repository = ref[..<colon]
            tag = ref[ref.index(after: colon)...]
        }
        var path = repository.lowercased()
        // Docker Hub's own names: `docker.io/library/nginx` and `library/nginx` are `nginx`.
        for prefix in ["index.docker.io/", "docker.io/", "library/"] where path.hasPrefix(prefix) {
            path.removeFirst(prefix.count)
        }
        guard Self.repositories.contains(path) || path.hasSuffix("/nginx-unprivileged") else { return nil }
        let numbers = tag.prefix { $0.isASCII && ($0.isNumber || $0 == ".") }.split(separator: ".")
        let parts = numbers.prefix(3).compactMap { Int($0) }
        let version: NginxVersion? =
            parts.count >= 2
            ? NginxVersion(major: parts[0], minor: parts[1], patch: parts.count == 3 ? parts[2] : 0) : nil
        self.init(image: reference, version: version, location: location)
    }

    /// Whether the reference holds `nginx` in any ASCII case, as every repository above does:
    /// other images (most of an estate's) are passed over before they are taken apart.
    static func mentionsNginx(_ reference: String) -> Bool {
        var reference = reference
        return reference.withUTF8 { nginxWord.holdsAny(caseInsensitive: $0) }
    }

    private static let nginxWord = WordTable(["nginx"])

    public static func < (a: NginxImage, b: NginxImage) -> Bool {
        (a.location.path, a.location.line, a.image) < (b.location.path, b.location.line, b.image)
    }
}
