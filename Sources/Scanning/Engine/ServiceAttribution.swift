import ResidencyCore

/// Gives a reference no scanner could tie to a component (a Spring profile, a Dockerfile `ENV`, an
/// `.env` file) to the services whose folder holds its file: the deepest folder on its path that is
/// a compose service's `build.context`, or that is named like a Kubernetes image's repository or
/// like a component. Several services sharing the folder (the compose service and the Kubernetes
/// workload built from it) each get the reference, so it joins each one's latency chains.
enum ServiceAttribution {
    /// In place: a reference with one owner gets it where it stands, and a copy for each further
    /// owner is added at the end. `Endpoint.merge` sorts what it builds; the one value it takes
    /// first-come (a placement) is the same in a copy as in the reference before it. Building a
    /// new array copied every reference of the scan on one core.
    static func attribute(_ references: inout [EndpointReference], sources: [ServiceSource]) {
        guard references.contains(where: { $0.component == nil }) else { return }
        var byFolder: [String: Set<String>] = [:]
        var byName: [String: Set<String>] = [:]
        for s in sources {
            switch s.key {
            case .folder(let f): if !f.isEmpty { byFolder[f, default: []].insert(s.component) }
            case .name(let n): byName[n.lowercased(), default: []].insert(s.component)
            }
        }
        // Each component once: an estate's references far outnumber its components.
        var named: Set<String> = []
        for r in references { if let c = r.component { named.insert(c) } }
        for c in named { byName[ComponentName.plain(c).lowercased(), default: []].insert(c) }
        guard !byFolder.isEmpty || !byName.isEmpty else { return }

        var memo: [Substring: [String]] = [:]
        func owners(of directory: Substring) -> [String] {
            if let known = memo[directory] { return known }
            var found: [String] = []
            var folder = directory
            while !folder.isEmpty {
                let name = PathName.fileName(String(folder)).lowercased()
                let here = byFolder[String(folder), default: []].union(byName[name, default: []])
                if !here.isEmpty {
                    found = here.sorted()
                    break
                }
                folder = folder.utf8.lastIndex(of: 0x2F).map { folder[..<$0] } ?? ""
            }
            memo[directory] = found
            return found
        }

        var more: [EndpointReference] = []
        for i in references.indices where references[i].component == nil {
            let path = references[i].location.path
            // `/` found as a byte: a search by Character walks grapheme clusters, per reference.
            let directory = path.utf8.lastIndex(of: 0x2F).map { path[..<$0] } ?? ""
            let services = owners(of: directory)
            guard let first = services.first else { continue }
            for c in services.dropFirst() {
                var owned = references[i]
                owned.component = c
                more.append(owned)
            }
            references[i].component = first
        }
        references += more
    }
}
