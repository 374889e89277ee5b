import ResidencyCore

/// What one Terraform file declares that matters across the files of its module (a module is a
/// directory): provider configurations, variable defaults and tfvars values, locals, the
/// attributes of resources and data sources, and the managed datastores to place.
public struct TerraformFacts: Sendable {
    struct Provider: Sendable {
        var name: String
        var alias: String?
        var region: HCLValue?
        /// Google's default project, which names Cloud SQL connections.
        var project: HCLValue?
        var regionSource: SourceLocation?
    }

    struct Resource: Sendable {
        var type: String
        var name: String
        var attributes: [String: HCLValue]
        var location: SourceLocation
        /// Where its `region` and `location` attributes are written.
        var regionSources: [String: SourceLocation] = [:]
    }

    struct ModuleCall: Sendable {
        var name: String
        var source: String
        var attributes: [String: HCLValue]
        /// `providers = { aws = aws.eu }` → `aws` → `aws.eu`.
        var providers: [String: String]
        /// Inputs set to an expression that is not a plain value (`format(…)`, a list).
        var otherInputs: [String] = []
        var location: SourceLocation
        /// Where each input is written.
        var inputSources: [String: SourceLocation] = [:]
    }

    var path: String
    var directory: String
    var providers: [Provider] = []
    var variableDefaults: [String: HCLValue] = [:]
    var variableValues: [String: HCLValue] = [:]
    var locals: [String: HCLValue] = [:]
    /// `aws_db_instance.orders`, `data.aws_region.current` → their plain attributes.
    var objects: [String: [String: HCLValue]] = [:]
    /// Managed datastores, queues and buckets of this file.
    var resources: [Resource] = []
    /// Module calls of this file (classified when the module is linked).
    var modules: [ModuleCall] = []
    /// Connection strings found in attribute values, and parse diagnostics.
    var output = ScanOutput()
    /// Placeholders outside `output` blocks (`postgres://${aws_db_instance.orders.address}/x` in a
    /// Lambda's environment): linked to the managed resource they name when the module declares it.
    var references: [UnresolvedReference] = []
}
