import ResidencyCore

extension Endpoint {
    /// A Terraform resource or module call with a region but no host name yet (`aws_db_instance.orders`,
    /// `module.db`): a declaration of where data will live, not a connection any service makes.
    var isResourceDeclaration: Bool { isTerraformAddress }

    /// `postgres datastore orders-db.example.com:5432`
    var phrase: String {
        let target = port.map { host.utf8.contains(UInt8(ascii: ":")) ? "[\(host)]:\($0)" : "\(host):\($0)" } ?? host
        return kind == .other ? "\(role.noun) \(target)" : "\(kind.rawValue) \(role.noun) \(target)"
    }

    /// Where a finding about it points.
    var place: Finding.Place? { primarySource.map(Finding.Place.init) }
}
