import ResidencyCore

/// Terraform `.tf` and `.tfvars`. Managed datastores, queues and buckets (`aws_db_instance`,
/// `azurerm_postgresql_flexible_server`, `google_storage_bucket`…) have no hostname before they
/// are applied, so each is reported under its Terraform address with the region it inherits:
/// its own `region`/`location`, else its `provider = aws.eu` alias, else the default provider of
/// its type; `var.*` (defaults and tfvars), `local.*` and references to other resources'
/// attributes (`azurerm_resource_group.main.location`) are followed within the module.
/// Connection strings in any attribute go through the value scanner.
public struct TerraformScanner: FormatScanner {
    public init() {}

    public var description: ScannerDescription {
        ScannerDescription(
            id: "terraform",
            title: "Terraform (.tf, .tfvars)",
            summary: "Reads HCL and reports managed datastores, queues and buckets of the AWS, AzureRM and Google "
                + "providers under their Terraform address, placed in the region they inherit (provider region, alias, "
                + "location, variable default), plus connection strings written in any attribute or local.",
            references: [
                "https://github.com/hashicorp/hcl/blob/main/hclsyntax/spec.md",
                "https://developer.hashicorp.com/terraform/language/providers/configuration",
                "https://registry.terraform.io/browse/providers",
            ],
            examples: Self.examples)
    }

    public func accepts(path: String) -> Bool {
        let p = path.lowercased()
        // Other HCL (Packer `.pkr.hcl`, Terragrunt, Nomad, Consul) is read by the same reader:
        // its strings go through the value scanner, its `var.x` references are not hosts.
        return p.hasSuffix(".tf") || p.hasSuffix(".tfvars") || p.hasSuffix(".hcl")
    }

    public func scan(_ file: SourceFile, context: ScanContext) -> TerraformFacts? {
        let directory = file.path.split(separator: "/").dropLast().joined(separator: "/")
        var facts = TerraformFacts(path: file.path, directory: directory)
        let (body, failure) = HCLParser.parse(file.text.bytes)
        if let failure {
            let p = file.text.position(ofByte: failure.offset)
            facts.output.diagnostics.append(
                Diagnostic(
                    path: file.path, line: p.line, column: p.column,
                    message: "HCL syntax error: \(failure.message)"))
        }
        let isVars = file.path.lowercased().hasSuffix(".tfvars")
        if isVars {
            for a in body.attributes { if let v = a.value { facts.variableValues[a.name] = v } }
        }
        for block in body.blocks { collect(block, into: &facts, file: file) }
        var entries: [ConfigEntry] = []
        TerraformStrings.entries(in: body, path: [], file: file, into: &entries)
        // What an `output` exports is the module's interface, not a consumer: its placeholders stay
        // as they are; elsewhere a placeholder naming a resource is a use of that resource.
        let outputContext = String(file.name) + " output "
        let exported = entries.filter { $0.context.hasPrefix(outputContext) }
        var used = ValueScanner.scan(entries.filter { !$0.context.hasPrefix(outputContext) }, in: file)
        facts.references = used.unresolved
        used.unresolved = []
        facts.output.append(used)
        facts.output.append(ValueScanner.scan(exported, in: file))
        return facts
    }

    private func collect(_ block: HCLBlock, into facts: inout TerraformFacts, file: SourceFile) {
        let attrs = block.body.attributes.reduce(into: [String: HCLValue]()) { d, a in
            if let v = a.value { d[a.name] = v }
        }
        let what = ([block.type] + block.labels.map { "\"\($0)\"" }).joined(separator: " ")
        var regionSources: [String: SourceLocation] = [:]
        for a in block.body.attributes where a.name == "region" || a.name == "location" {
            regionSources[a.name] = file.location(ofByte: a.offset, context: "\(file.name) \(what) \(a.name)")
        }
        switch (block.type, block.labels.count) {
        case ("provider", 1):
            var alias: String?
            if case .literal(let a)? = attrs["alias"] {
                alias = a
                regionSources["region"]?.context = "\(file.name) \(what) alias \(a) region"
            }
            facts.providers.append(
                .init(
                    name: block.labels[0], alias: alias, region: attrs["region"], project: attrs["project"],
                    regionSource: regionSources["region"]))
        case ("variable", 1):
            if let d = attrs["default"] { facts.variableDefaults[block.labels[0]] = d }
        case ("locals", 0):
            for (k, v) in attrs { facts.locals[k] = v }
        case ("data", 2):
            facts.objects["data.\(block.labels[0]).\(block.labels[1])"] = attrs
        case ("resource", 2):
            let (type, name) = (block.labels[0], block.labels[1])
            facts.objects["\(type).\(name)"] = attrs
            guard ManagedResourceTypes.table[type] != nil else { return }
            let location = file.location(
                ofByte: block.labelOffsets[0], context: "\(file.name) resource \(type).\(name)")
            facts.resources.append(
                .init(type: type, name: name, attributes: attrs, location: location, regionSources: regionSources))
        case ("module", 1):
            guard case .literal(let source)? = attrs["source"] else { return }
            var providers: [String: String] = [:]
            if let expr = block.body.attribute("providers")?.expression.filter({ $0.kind != .newline }) {
                // `{ aws = aws.eu, google = google.west }`: name, '=', then a dotted reference.
                var i = 0
                while i + 2 < expr.count {
                    if let name = expr[i].identifier, expr[i + 1].isSymbol("="), let target = expr[i + 2].identifier {
                        var ref = target
                        if i + 4 < expr.count, expr[i + 3].isSymbol("."), let alias = expr[i + 4].identifier {
                            ref += "." + alias
                        }
                        providers[name] = ref
                        i += 3
                        continue
                    }
                    i += 1
                }
            }
            let location = file.location(
                ofByte: block.labelOffsets[0], context: "\(file.name) module \(block.labels[0])")
            let otherInputs = block.body.attributes.filter { $0.value == nil }.map(\.name)
            let inputSources = Dictionary(
                block.body.attributes.map { a in
                    (a.name, file.location(ofByte: a.offset, context: "\(file.name) \(what) \(a.name)"))
                }, uniquingKeysWith: { a, _ in a })
            facts.modules.append(
                .init(
                    name: block.labels[0], source: source, attributes: attrs, providers: providers,
                    otherInputs: otherInputs, location: location, inputSources: inputSources))
        default:
            return
        }
    }

    /// The resource or module address a reference expression starts with:
    /// `aws_db_instance.orders[0].address` → `aws_db_instance.orders`, `module.db.endpoint` → `module.db`.
    static func address(in expression: String) -> String? {
        var parts: [Substring] = []
        for part in expression.split(separator: ".") {
            let name = part.prefix { $0 != "[" }
            guard !name.isEmpty, name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" }) else {
                break
            }
            parts.append(name)
            if parts.count == 2 { break }
        }
        guard parts.count == 2, parts[0] != "var", parts[0] != "local", parts[0] != "data" else { return nil }
        return parts.joined(separator: ".")
    }

    public func link(_ partials: [TerraformFacts], context: ScanContext) -> ScanOutput {
        var out = ScanOutput()
        var placed: [(directory: String, reference: EndpointReference)] = []
        let modules = Dictionary(grouping: partials, by: \.directory)
        let local = LocalModules(modules)
        let children = LocalModules.calledDirectories(modules)
        for directory in modules.keys.sorted() {
            let module = TerraformModule(modules[directory]!.sorted { $0.path < $1.path })
            for facts in module.files {
                out.append(facts.output)
                // A module another module of the tree calls is not a root: what it creates is
                // reported once per call, by the call, placed and named as that call sets it up.
                guard !children.contains(directory) else { continue }
                for r in facts.resources { placed.append((directory, module.reference(for: r))) }
                for m in facts.modules {
                    let creates = local.creates(source: m.source, calledFrom: directory)
                    let instance = ModuleInstance.of(m, calledFrom: directory, caller: module, modules: modules)
                    if let ref = module.reference(for: m, localModuleCreates: creates, instance: instance) {
                        placed.append((directory, ref))
                    }
                }
            }
            // `${aws_db_instance.orders.address}`, `${module.db.db_instance_endpoint}`: a use of a
            // resource of this module is a source of that endpoint; anything else stays unresolved.
            let declared = Dictionary(
                placed.filter { $0.directory == directory }.map { ($0.reference.host, $0.reference) },
                uniquingKeysWith: { a, _ in a })
            for facts in module.files {
                for u in facts.references {
                    if let target = Self.address(in: u.variable).flatMap({ declared[$0.lowercased()] }) {
                        var ref = target
                        ref.location = u.location
                        placed.append((directory, ref))
                    } else if children.contains(directory), let address = Self.address(in: u.variable),
                        module.declares(address)
                    {
                        // A child module's use of its own resource: the calls that create it stand for it.
                        continue
                    } else {
                        out.unresolved.append(u)
                    }
                }
            }
        }
        // An address is unique only within its module: when two directories declare the same
        // one (`module.db` in every example), each is qualified by its directory so that two
        // databases in different regions never merge into one endpoint.
        var directoriesByAddress: [String: Set<String>] = [:]
        for p in placed { directoriesByAddress[p.reference.host, default: []].insert(p.directory) }
        for var p in placed {
            if directoriesByAddress[p.reference.host]!.count > 1, !p.directory.isEmpty {
                p.reference.host = p.directory.lowercased() + "/" + p.reference.host
            }
            out.references.append(p.reference)
        }
        return out
    }
}
