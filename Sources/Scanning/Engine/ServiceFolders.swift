import ResidencyCore

/// A connection written in a service's own files belongs to that service: a Spring profile under
/// `services/order-service/…`, an env file or properties in that folder. Formats that name their
/// user (a Deployment's env, a compose service) already say so; a settings file does not, and
/// without this its datastore would belong to "services in the cluster" and never enter the
/// service's latency chains.
///
/// A reference that names no component, and is not a gateway's upstream (those belong to the
/// routes), takes the owner of the nearest enclosing folder that has one (a cluster workload
/// before a compose service, which is local development, when a folder is both's):
/// - the folder a compose service is built from (`build: ./services/orders`);
/// - a folder named like a component the estate defines (a workload or compose service that
///   names its connections; a cluster workload before a compose service of the same name);
/// - a folder named like the repository of the image a component runs
///   (`registry.example.no/shop/orders:1.4` → `orders/`), when only one component runs it.
enum ServiceFolders {
    static func attribute(_ references: [EndpointReference], homes: [ComponentHome] = []) -> [EndpointReference] {
        var byName: [String: String] = [:]
        for c in Set(references.compactMap(\.component)).sorted() {
            let key = ComponentName.plain(c).lowercased()
            // A cluster workload wins over a compose service of the same name.
            if byName[key] == nil || ComponentName.composeFile(of: byName[key]!) != nil && ComponentName.composeFile(of: c) == nil {
                byName[key] = c
            }
        }
        var byFolder: [String: String] = [:]
        var byImage: [String: Set<String>] = [:]
        for h in homes {
            if let f = h.folder { byFolder[f] = byFolder[f] ?? h.component }
            if let n = h.folderName { byImage[n, default: []].insert(h.component) }
        }
        if byName.isEmpty && byFolder.isEmpty && byImage.isEmpty { return references }

        var owners: [String: String?] = [:]
        func owner(of path: String) -> String? {
            if let cached = owners[path] { return cached }
            let parts = path.split(separator: "/").dropLast().map(String.init)
            var found: String?
            for depth in stride(from: parts.count, to: 0, by: -1) {
                let folder = parts[..<depth].joined(separator: "/")
                let name = parts[depth - 1].lowercased()
                let images = byImage[name].flatMap { $0.count == 1 ? $0.first : nil }
                let candidates = [byFolder[folder], byName[name], images].compactMap { $0 }
                // A cluster workload before a compose service (local development) at the same folder.
                if let c = candidates.first(where: { ComponentName.composeFile(of: $0) == nil }) ?? candidates.first {
                    found = c
                    break
                }
            }
            owners[path] = found
            return found
        }
        return references.map { r in
            guard r.component == nil, r.role != .upstream, r.placement == nil, let o = owner(of: r.location.path) else { return r }
            var attributed = r
            attributed.component = o
            return attributed
        }
    }
}
