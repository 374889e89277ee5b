import ResidencyCore

/// The strings of a Terraform body as configuration entries for the value scanner, each keyed by
/// the name it is assigned to (`DATABASE_URL = "…"` inside an `environment` map, or the attribute).
/// Module sources and provider requirements are addresses of code, not of data: they are skipped.
enum TerraformStrings {
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
            var key = name
            var previous: [HCLToken] = []
            var parentheses = 0
            for t in a.expression {
                if t.kind == .newline { continue }
                defer { previous.append(t) }
                if t.isSymbol("(") { parentheses += 1 } else if t.isSymbol(")") { parentheses = max(0, parentheses - 1) }
                guard let text = t.text else { continue }
                // `name = "…"` / `"name" : "…"` inside an object: that name is the key.
                key = name
                if previous.count >= 2, previous.last!.isSymbol("=") || previous.last!.isSymbol(":") {
                    let k = previous[previous.count - 2]
                    if let id = k.identifier { key = id } else if case .string(let s, _) = k.kind { key = s }
                }
                // Function arguments (`lookup(m, "record_client_address", false)`) are names, not
                // values: only a connection string written there counts.
                let argument = parentheses > 0 && !(previous.last?.isSymbol("=") ?? false) && !(previous.last?.isSymbol(":") ?? false)
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
