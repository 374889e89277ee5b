extension Endpoint {
    /// A Terraform declaration reported under its address, not a host name: a resource
    /// (`aws_db_instance.orders`; every resource type has a `_`) or a module call (`module.db`),
    /// either qualified by its folder (`envs/prod/module.db`). It is placed by the region the
    /// configuration gives it, never resolved; a host name joined with it keeps the placement but is
    /// not an address.
    public var isTerraformAddress: Bool {
        guard placement != nil else { return false }
        let local = host.split(separator: "/").last ?? Substring(host)
        return local.hasPrefix("module.") || local.utf8.contains(UInt8(ascii: "_"))
    }
}
