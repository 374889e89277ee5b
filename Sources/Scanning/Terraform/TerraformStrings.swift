import ResidencyCore

/// The strings of a Terraform body as configuration entries for the value scanner, each keyed by
/// the name it is assigned to (`DATABASE_URL = "…"` inside an `environment` map, or the attribute).
/// Module sources and provider requirements are addresses of code, not of data: they are skipped.
enum TerraformStrings {
    static let proseKeys: Set<String> = ["tags", "tags_all", "labels", "annotations", "description", "default_tags"]

    static func isProse(_ key: String) -> Bool { key.utf8.count <= 12 && proseKeys.contains(key.lowercased()) }

    /// Whether a key names a host or a port, its tokens split once.
    static func namesHostOrPort(_ key: String) -> Bool {
        // Most keys (`default`, `engine`, `instance_class`) can name neither: told on their bytes
        // before they are split into tokens.
        let cues = KeyCues(key: key)
        guard cues.mayNameHost || cues.mayNamePort else { return false }
        let t = KindHints.tokens(key)
        return t.last == "port" || KindHints.isHostKey(key, tokens: t)
    }

    static func entries(in body: HCLBody, path: [String], file: SourceFile, into out: inout [ConfigEntry]) {
        let fileName = String(file.name)
        // Every string's context starts with the file and the block path: joined once per body.
        let contextPrefix = ([fileName] + path).joined(separator: " ")
        // A resource's (or module's) own `address` arguments (`google_compute_global_address`, `aws_eip`) reserve
        // addresses; they are not places the configuration connects to.
        let isResourceBody = path.count == 2 && (path[0] == "resource" || path[0] == "data" || path[0] == "module")
        for a in body.attributes {
            if path.first == "module" && (a.name == "source" || a.name == "version") { continue }
            // `variable "db_host" { default = "…" }`, `output "db_url" { value = "…" }`: the block names the setting.
            var name = a.name
            if path.count == 2,
                (path[0] == "variable" && a.name == "default") || (path[0] == "output" && a.name == "value")
            {
                name = path[1]
            }
            // The key of a string is the nearest `k =` / `k:` of its own level, else the key of the
            // level that encloses it: in `static_members = ["m-1"]` it is `static_members`, in
            // `environment = { variables = { DB_URL = "…" } }` it is `DB_URL`.
            // Each level remembers whether it is inside prose (tags, labels, descriptions), decided
            // once when it opens rather than for every string in it.
            var levels: [(key: String, isCall: Bool, isObject: Bool, inProse: Bool)] = [
                (name, false, false, Self.isProse(name))
            ]
            var pending: String?
            var pendingStack: [String?] = []
            let tokens = a.expression
            for (index, t) in tokens.enumerated() {
                if t.kind == .newline || t.isSymbol(",") {
                    pending = nil
                    continue
                }
                let next = tokens[(index + 1)...].first { $0.kind != .newline }
                // `k = v` anywhere; `"k": v` only inside an object (elsewhere `:` belongs to `a ? b : c`).
                if next?.isSymbol("=") == true || (next?.isSymbol(":") == true && levels.last!.isObject) {
                    if let id = t.identifier {
                        pending = id
                        continue
                    }
                    if case .string(let s, _) = t.kind {
                        pending = s
                        continue
                    }
                }
                if t.isSymbol("{") || t.isSymbol("[") || t.isSymbol("(") {
                    // `f(…)` and an index `x["k"]` hold names and arguments, not values.
                    let before = index > 0 ? tokens[index - 1] : nil
                    let isIndex =
                        t.isSymbol("[")
                        && (before?.identifier != nil || before?.isSymbol("]") == true || before?.isSymbol(")") == true)
                    let levelKey = pending ?? levels.last!.key
                    levels.append(
                        (
                            levelKey, t.isSymbol("(") || isIndex, t.isSymbol("{"),
                            levels.last!.inProse || Self.isProse(levelKey)
                        ))
                    pendingStack.append(pending)
                    pending = nil
                    continue
                }
                if t.isSymbol("}") || t.isSymbol("]") || t.isSymbol(")") {
                    if levels.count > 1 { levels.removeLast() }
                    _ = pendingStack.popLast()
                    pending = nil
                    continue
                }
                guard let text = t.text else { continue }
                let key = pending ?? levels.last!.key
                // Tags and labels are names for people; descriptions are prose.
                if levels.last!.inProse || Self.isProse(key) {
                    out.append(
                        ConfigEntry(key: nil, value: text, origin: .verbatim(byteOffset: t.offset), context: fileName))
                    continue
                }
                // Function arguments (`lookup(m, "record_client_address", false)`) are names, not
                // values: only a connection string written there counts.
                let argument = levels.last!.isCall && pending == nil
                let reservesAddress =
                    isResourceBody && key == name
                    && (key == "address" || key.hasSuffix("_address") || key == "addresses")
                let keyed = !argument && !reservesAddress && Self.namesHostOrPort(key)
                let verbatim: Bool
                if case .string(_, let v) = t.kind { verbatim = v } else { verbatim = true }
                out.append(
                    ConfigEntry(
                        key: keyed ? key : nil, value: text,
                        origin: verbatim ? .verbatim(byteOffset: t.offset) : .search(fromByte: t.offset),
                        context: contextPrefix + " " + (key == name ? a.name : key)))
            }
        }
        for b in body.blocks {
            if b.type == "terraform" || b.type == "required_providers" { continue }
            entries(
                in: b.body, path: path + [b.type] + (b.labels.isEmpty ? [] : [b.labels.joined(separator: ".")]),
                file: file, into: &out)
        }
    }
}
