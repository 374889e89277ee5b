import ResidencyCore

/// The files of one Terraform module (one directory) seen together, to follow a resource's
/// region through providers, variables, locals and other resources' attributes.
struct TerraformModule {
    let files: [TerraformFacts]
    private var providers: [String: TerraformFacts.Provider] = [:]
    private var variables: [String: HCLValue] = [:]
    private var locals: [String: HCLValue] = [:]
    private var objects: [String: [String: HCLValue]] = [:]
    /// Inputs a module call sets to values the scan cannot evaluate.
    private var unknownVariables: Set<String> = []
    /// Where the call instantiating this module writes each input.
    private var inputSources: [String: SourceLocation] = [:]

    /// `inputs` are a module call's arguments as evaluated in its caller (nil: set, but not to a
    /// value the scan can see); they replace the variables' defaults and tfvars.
    init(_ files: [TerraformFacts], inputs: [String: String?] = [:], inputSources: [String: SourceLocation] = [:]) {
        self.inputSources = inputSources
        self.files = files
        for f in files {
            for p in f.providers { providers[p.name + "." + (p.alias ?? "")] = p }
            variables.merge(f.variableDefaults) { a, _ in a }
            locals.merge(f.locals) { a, _ in a }
            objects.merge(f.objects) { a, _ in a }
        }
        // tfvars values override defaults.
        for f in files { variables.merge(f.variableValues) { _, b in b } }
        for (name, value) in inputs {
            if let value { variables[name] = .literal(value) } else { unknownVariables.insert(name) }
        }
    }

    func reference(for r: TerraformFacts.Resource) -> EndpointReference {
        let entry = ManagedResourceTypes.table[r.type]!
        var kind = entry.kind
        if let attr = entry.engineAttribute, let v = r.attributes[attr], let engine = resolve(v, depth: 0) {
            kind = ManagedResourceTypes.kind(forEngine: engine, default: kind)
        }
        var port = kind.defaultPort
        if case .literal(let p)? = r.attributes["port"], let n = HostSyntax.port(Substring(p)) { port = n }
        let provider = providerName(of: r)
        var placement: CloudPlacement?
        if let (region, source) = region(of: r, provider: provider) {
            let (names, prefixes) = declaredNames(of: r, region: region, provider: provider)
            placement = CloudPlacement(
                provider: provider.name, region: region, resourceType: r.type, names: names, namePrefixes: prefixes,
                regionSource: source)
        }
        var location = r.location
        if let placement { location.context += " (\(placement.provider) \(placement.region))" }
        return EndpointReference(
            host: "\(r.type).\(r.name)", port: port, scheme: kind.rawValue, kind: kind, role: entry.role,
            location: location, placement: placement)
    }

    /// A module call that creates a datastore, queue or bucket, placed like a resource: the region
    /// its local module's resource states with the call's inputs (`region = var.region`, a provider
    /// block of the module's own), else its own `region`/`location` input, else the provider it is
    /// handed (`providers = { aws = aws.eu }`), else the calling module's default provider of the
    /// module's provider type. A local module's call also carries the resource's type and the name
    /// it declares with the call's inputs (`identifier = var.identifier`), for the join.
    func reference(
        for m: TerraformFacts.ModuleCall, localModuleCreates: (kind: EndpointKind, role: EndpointRole)? = nil,
        instance: ModuleInstance? = nil
    ) -> EndpointReference? {
        // `create_db_instance = false`, `create = false`: the call creates nothing.
        for (name, value) in m.attributes
        where name == "create" || name == "create_db_instance" || name == "create_cluster"
            || name == "create_bucket" || name == "create_instance"
        {
            if value == .reference("false") { return nil }
        }
        let engine = ManagedModuleSources.engineAttributes.lazy.compactMap { m.attributes[$0] }.first.flatMap {
            resolve($0, depth: 0)
        }
        guard var (kind, role) = ManagedModuleSources.classify(source: m.source, engine: engine) ?? localModuleCreates
        else { return nil }
        // The module's own resources may say more than its name (`rds` → other, its aws_db_instance → by engine).
        if kind == .other, let local = localModuleCreates, local.kind != .other, local.role == role {
            kind = local.kind
        }
        if let engine, kind == .other || localModuleCreates != nil {
            let byEngine = ManagedResourceTypes.kind(forEngine: engine, default: kind)
            if byEngine != .other {
                kind = byEngine
                role = byEngine == .amqp ? .queue : role
            }
        }
        var port = kind.defaultPort
        if case .literal(let p)? = m.attributes["port"], let n = HostSyntax.port(Substring(p)) { port = n }
        let configured = Set(providers.values.map(\.name))
        let providerType =
            ManagedModuleSources.provider(ofSource: m.source)
            ?? instance.map { $0.module.providerName(of: $0.resource).name }
            ?? (configured.count == 1 ? configured.first : nil)
        let own = instance?.ownRegion
        var region = own?.region
        var regionSource = own?.source
        for attr in ["region", "location"] where region == nil {
            if let v = m.attributes[attr], let s = resolve(v, depth: 0), !s.isEmpty {
                region = s
                regionSource = m.inputSources[attr]
            }
        }
        var providerName = providerType
        if region == nil, let type = providerType {
            let passed = m.providers[type].map { $0.split(separator: ".", maxSplits: 1).map(String.init) }
            let name = passed?.first ?? type
            let alias = (passed?.count ?? 0) > 1 ? passed![1] : nil
            providerName = name
            if let p = providers[name + "." + (alias ?? "")], let v = p.region {
                region = resolve(v, depth: 0)
                regionSource = p.regionSource
            }
        }
        var placement: CloudPlacement?
        if let region, let providerName = providerName ?? ManagedModuleSources.provider(ofRegion: region) {
            if let instance {
                let r = instance.resource
                let (names, prefixes) = instance.module.declaredNames(
                    of: r, region: region, provider: instance.module.providerName(of: r))
                placement = CloudPlacement(
                    provider: providerName, region: region, resourceType: r.type, names: names, namePrefixes: prefixes,
                    regionSource: regionSource)
            } else {
                placement = CloudPlacement(
                    provider: providerName, region: region,
                    resourceType: "module:" + ManagedModuleSources.name(ofSource: m.source),
                    regionSource: regionSource)
            }
        }
        var location = m.location
        if let placement { location.context += " (\(placement.provider) \(placement.region))" }
        return EndpointReference(
            host: "module.\(m.name)", port: port, scheme: kind.rawValue, kind: kind, role: role,
            location: location, placement: placement)
    }

    /// The names the resource declares (`DeclaredNames`) that resolve to a value here; a Cloud SQL
    /// instance's as its connection name when its project (or its provider's) is known.
    func declaredNames(
        of r: TerraformFacts.Resource, region: String,
        provider: (name: String, alias: String?)
    ) -> (names: [String], prefixes: [String]) {
        guard let attributes = DeclaredNames.attributes(of: r.type) else { return ([], []) }
        func values(_ names: [String]) -> [String] {
            names.compactMap { r.attributes[$0].flatMap { resolve($0, depth: 0) } }.filter { !$0.isEmpty }
        }
        var names = values(attributes.exact)
        if r.type == "google_sql_database_instance", let name = names.first,
            let project = (r.attributes["project"] ?? providers[provider.name + "." + (provider.alias ?? "")]?.project)
                .flatMap({ resolve($0, depth: 0) })
        {
            names = ["\(project):\(region):\(name)"]
        }
        return (names, values(attributes.prefix))
    }

    /// Whether `address` (`aws_db_instance.this`) is a resource or data source of this module.
    func declares(_ address: String) -> Bool { objects[address] != nil }

    /// The region a resource states, or its provider block in this module gives it.
    func ownRegion(of r: TerraformFacts.Resource) -> (region: String, source: SourceLocation?)? {
        region(of: r, provider: providerName(of: r))
    }

    /// `provider = aws.eu` → (aws, eu); otherwise the provider named by the type's prefix.
    func providerName(of r: TerraformFacts.Resource) -> (name: String, alias: String?) {
        if case .reference(let ref)? = r.attributes["provider"] {
            let parts = ref.split(separator: ".", maxSplits: 1).map(String.init)
            return (parts[0], parts.count > 1 ? parts[1] : nil)
        }
        return (String(r.type.prefix { $0 != "_" }), nil)
    }

    /// The region and where it is written.
    private func region(
        of r: TerraformFacts.Resource, provider: (name: String, alias: String?)
    ) -> (String, SourceLocation?)? {
        for attr in ["region", "location"] {
            // `region = var.region` set by the call: the call's input is what to change.
            if let v = r.attributes[attr], let s = resolve(v, depth: 0), !s.isEmpty {
                if case .reference(let ref) = v, ref.hasPrefix("var."),
                    let input = inputSources[String(ref.dropFirst(4))]
                {
                    return (s, input)
                }
                return (s, r.regionSources[attr])
            }
        }
        // A Spanner instance names its region in its configuration: `regional-europe-north1`.
        if r.type == "google_spanner_instance", let v = r.attributes["config"], let c = resolve(v, depth: 0),
            c.hasPrefix("regional-")
        {
            return (String(c.dropFirst("regional-".count)), nil)
        }
        guard let p = providers[provider.name + "." + (provider.alias ?? "")], let v = p.region,
            let s = resolve(v, depth: 0)
        else { return nil }
        return (s, p.regionSource)
    }

    /// A literal, or the literal a `var.`, `local.`, `data.` or resource attribute reference leads to,
    /// or a template whose every interpolation does.
    func resolve(_ value: HCLValue, depth: Int) -> String? {
        guard depth < 16 else { return nil }
        switch value {
        case .literal(let s):
            return s
        case .template(let s):
            var out = ""
            var rest = s.startIndex
            for part in HCLValue.interpolations(in: s) {
                guard let v = resolve(.reference(String(part.reference)), depth: depth + 1) else { return nil }
                out += s[rest..<part.range.lowerBound] + v
                rest = part.range.upperBound
            }
            return out + s[rest...]
        case .conditional(let condition, let then, let otherwise):
            switch resolve(.reference(condition), depth: depth + 1) {
            case "true": return resolve(then, depth: depth + 1)
            case "false": return resolve(otherwise, depth: depth + 1)
            default: return nil
            }
        case .reference(let ref):
            // The booleans; `null` (no value) and any other bare word resolve to nothing.
            if ref == "true" || ref == "false" { return ref }
            let parts = ref.split(separator: ".").map(String.init)
            guard parts.count >= 2 else { return nil }
            switch parts[0] {
            case "var":
                guard !unknownVariables.contains(parts[1]) else { return nil }
                return variables[parts[1]].flatMap { resolve($0, depth: depth + 1) }
            case "local": return locals[parts[1]].flatMap { resolve($0, depth: depth + 1) }
            case "data":
                guard parts.count >= 4 else { return nil }
                return objects["data.\(parts[1]).\(parts[2])"]?[parts[3]].flatMap { resolve($0, depth: depth + 1) }
            default:
                guard parts.count >= 3 else { return nil }
                return objects["\(parts[0]).\(parts[1])"]?[parts[2]].flatMap { resolve($0, depth: depth + 1) }
            }
        }
    }
}
