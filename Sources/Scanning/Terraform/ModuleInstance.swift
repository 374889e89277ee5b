import ResidencyCore

/// A local module as one call instantiates it: the module's files evaluated with the call's inputs
/// in place of its variables' defaults, so that what the module declares (`region = var.region`,
/// `identifier = var.identifier`, its own provider blocks) reads as that call sets it. Terraform
/// evaluates a child module per call the same way; the scan needs only the datastore it creates.
struct ModuleInstance {
    let module: TerraformModule
    /// The datastore, queue or bucket the call creates: the module's first datastore, else its first
    /// managed resource, else the one a local module of its own creates.
    let resource: TerraformFacts.Resource

    static func of(
        _ call: TerraformFacts.ModuleCall, calledFrom directory: String, caller: TerraformModule,
        modules: [String: [TerraformFacts]], depth: Int = 0
    ) -> ModuleInstance? {
        guard depth < 16, let target = LocalModules.directory(of: call.source, calledFrom: directory),
            target != directory, let files = modules[target]
        else { return nil }
        // An input the caller writes but the scan cannot evaluate (a list, a function call) hides the
        // child's default: the call sets it, to something unknown.
        var inputs = call.attributes.mapValues { caller.resolve($0, depth: 0) }
        for name in call.otherInputs { inputs[name] = .some(nil) }
        let child = TerraformModule(files.sorted { $0.path < $1.path }, inputs: inputs, inputSources: call.inputSources)
        let resources = files.flatMap(\.resources)
        if let r = resources.first(where: { ManagedResourceTypes.table[$0.type]?.role == .datastore })
            ?? resources.first
        {
            return ModuleInstance(module: child, resource: r)
        }
        for nested in files.flatMap(\.modules) {
            if let found = of(nested, calledFrom: target, caller: child, modules: modules, depth: depth + 1) {
                return found
            }
        }
        return nil
    }

    /// The region the resource states itself, or that a provider block of its own module gives it.
    var ownRegion: (region: String, source: SourceLocation?)? { module.ownRegion(of: resource) }
}
