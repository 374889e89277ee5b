import ResidencyCore

/// What the modules of the scanned tree create, for module calls with a local source
/// (`source = "../../"`, `./modules/db`): such a call creates a datastore when the directory it
/// names declares one, directly or through its own local module calls.
struct LocalModules {
    private var kinds: [String: (kind: EndpointKind, role: EndpointRole)] = [:]

    init(_ byDirectory: [String: [TerraformFacts]]) {
        var memo: [String: (kind: EndpointKind, role: EndpointRole)?] = [:]
        func creates(_ dir: String, depth: Int) -> (kind: EndpointKind, role: EndpointRole)? {
            if let known = memo[dir] { return known }
            guard depth < 16, let files = byDirectory[dir] else { return nil }
            memo[dir] = .some(nil)  // a cycle of local modules creates nothing more
            var found: (kind: EndpointKind, role: EndpointRole)?
            for r in files.flatMap(\.resources) {
                guard let entry = ManagedResourceTypes.table[r.type] else { continue }
                found = (entry.kind, entry.role)
                if entry.role == .datastore { break }
            }
            if found == nil {
                for m in files.flatMap(\.modules) {
                    if let target = LocalModules.directory(of: m.source, calledFrom: dir),
                        let k = creates(target, depth: depth + 1)
                    {
                        found = k
                        break
                    }
                }
            }
            memo[dir] = .some(found)
            return found
        }
        for dir in byDirectory.keys { if let k = creates(dir, depth: 0) { kinds[dir] = k } }
    }

    /// The kind and role of what a call's local source creates, if anything.
    func creates(source: String, calledFrom dir: String) -> (kind: EndpointKind, role: EndpointRole)? {
        LocalModules.directory(of: source, calledFrom: dir).flatMap { kinds[$0] }
    }

    /// Directories a module call of another directory of the tree names as its local source.
    static func calledDirectories(_ byDirectory: [String: [TerraformFacts]]) -> Set<String> {
        var called: Set<String> = []
        for (dir, files) in byDirectory {
            for m in files.flatMap(\.modules) {
                if let target = LocalModules.directory(of: m.source, calledFrom: dir), target != dir,
                    byDirectory[target] != nil
                {
                    called.insert(target)
                }
            }
        }
        return called
    }

    /// `../../modules/db` called from `examples/complete` → `modules/db`; nil for registry and
    /// remote sources, or a path leaving the scanned tree.
    static func directory(of source: String, calledFrom dir: String) -> String? {
        guard source.hasPrefix("./") || source.hasPrefix("../") || source == "." || source == ".." else { return nil }
        var parts = dir.split(separator: "/").map(String.init)
        for component in source.split(separator: "/") {
            switch component {
            case ".": continue
            case "..":
                guard !parts.isEmpty else { return nil }
                parts.removeLast()
            default: parts.append(String(component))
            }
        }
        return parts.joined(separator: "/")
    }
}
