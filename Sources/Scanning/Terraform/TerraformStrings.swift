import ResidencyCore

/// The strings of a Terraform body as configuration entries for the value scanner, each keyed by
/// the name it is assigned to (`DATABASE_URL = "…"` inside an `environment` map, or the attribute).
/// Module sources and provider requirements are addresses of code, not of data: they are skipped.
enum TerraformStrings {
    static let proseKeys: Set<String> = ["tags", "tags_all", "labels", "annotations", "description", "default_tags"]

    static func entries(in body: HCLBody, path: [String], file: SourceFile, into out: inout [ConfigEntry]) {
        let fileName = String(file.name)
        // A resource's (or module's) own `address` arguments (`google_compute_global_address`, `aws_eip`) reserve
        // addresses; they are not places the configuration connects to.
        let isResourceBody = path.count == 2 && (path[0] == "resource" || path[0] == "data" || path[0] == "module")
        for a in body.attributes {
            if path.first == "module" && (a.name == "source" || a.name == "version") { continue }
            // `variable "db_host" { default = "…" }`, `output "db_url" { value = "…" }`: the block names the setting.
            var name = a.name
            if path.count == 2, (path[0] == "variable" && a.name == "default") || (path[0] == "output" && a.name == "value") {
                name = path[1]
            }
            // The key of a string is the nearest `k =` / `k:` of its own level, else the key of the
            // level that encloses it: in `static_members = ["m-1"]` it is `static_members`, in
            // `environment = { variables = { DB_URL = "…" } }` it is `DB_URL`.
            var levels: [(key: String, isCall: Bool, isObject: Bool)] = [(name, false, false)]
            var pending: String?
            var pendingStack: [String?] = []
            let tokens = a.expression
            for (index, t) in tokens.enumerated() {
                if t.kind == .newline || t.isSymbol(",") { pending = nil; continue }
                let next = tokens[(index + 1)...].first { $0.kind != .newline }
                // `k = v` anywhere; `"k": v` only inside an object (elsewhere `:` belongs to `a ? b : c`).
                if next?.isSymbol("=") == true || (next?.isSymbol(":") == true && levels.last!.isObject) {
                    if let id = t.identifier { pending = id; continue }
                    if case .string(let s, _) = t.kind { pending = s; continue }
                }
                if t.isSymbol("{") || t.isSymbol("[") || t.isSymbol("(") {
                    // `f(…)` and an index `x["k"]` hold names and arguments, not values.
                    let before = index > 0 ? tokens[index - 1] : nil
                    let isIndex = t.isSymbol("[") && (before?.identifier != nil || before?.isSymbol("]") == true || before?.isSymbol(")") == true)
                    levels.append((pending ?? levels.last!.key, t.isSymbol("(") || isIndex, t.isSymbol("{")))
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
                if levels.contains(where: { Self.proseKeys.contains($0.key.lowercased()) }) || Self.proseKeys.contains(key.lowercased()) {
                    out.append(ConfigEntry(key: nil, value: text, origin: .verbatim(byteOffset: t.offset), context: fileName))
                    continue
                }
                // Function arguments (`lookup(m, "record_client_address", false)`) are names, not
                // values: only a connection string written there counts.
                let argument = levels.last!.isCall && pending == nil
                let reservesAddress = isResourceBody && key == name && (key == "address" || key.hasSuffix("_address") || key == "addresses")
                let keyed = !argument && !reservesAddress && (KindHints.isHostKey(key) || KindHints.isPortKey(key))
                let verbatim: Bool
                if case .string(_, let v) = t.kind { verbatim = v } else { verbatim = true }
                out.append(ConfigEntry(key: keyed ? key : nil, value: text,
                                       origin: verbatim ? .verbatim(byteOffset: t.offset) : .search(fromByte: t.offset),
                                       context: fileName + " " + (path + [key == name ? a.name : key]).joined(separator: " ")))
            }
        }
        for b in body.blocks {
            if b.type == "terraform" || b.type == "required_providers" { continue }
            entries(in: b.body, path: path + [b.type] + (b.labels.isEmpty ? [] : [b.labels.joined(separator: ".")]),
                    file: file, into: &out)
        }
    }
}
