/// Where a component keeps its own files: a folder by path (compose `build.context`) or any
/// folder of a name (the repository name of the image it runs, `registry/shop/orders:1.4` →
/// `orders`, which is how a monorepo names the folder the image is built from).
public struct ComponentHome: Hashable, Sendable {
    public var component: String
    /// A folder relative to the scanned root, `services/orders`.
    public var folder: String?
    /// A folder name, matched at any depth.
    public var folderName: String?

    public init(component: String, folder: String) {
        self.component = component
        self.folder = folder
    }

    public init(component: String, folderName: String) {
        self.component = component
        self.folderName = folderName.lowercased()
    }

    /// The last path part of an image's repository, without tag or digest; nil for an image
    /// built from a variable (`${IMAGE}`) or without a name.
    public static func repositoryName(ofImage image: String) -> String? {
        guard !image.contains("$"), !image.contains("{") else { return nil }
        var repository = Substring(image)
        if let at = repository.firstIndex(of: "@") { repository = repository[..<at] }
        let last = repository.split(separator: "/").last ?? repository
        let name = last.split(separator: ":").first.map(String.init) ?? ""
        return name.isEmpty ? nil : name
    }
}
