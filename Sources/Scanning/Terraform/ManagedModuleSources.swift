import ResidencyCore

/// Module calls that create a datastore, queue or bucket (`module "db" { source =
/// "terraform-aws-modules/rds/aws" engine = "postgres" }`): most real estates use modules rather
/// than bare resources. A call counts when it names an engine the kind table knows, or when the
/// module's own name says what it creates.
enum ManagedModuleSources {
    /// Words of a module's name (the registry name, the repository or the folder) → kind and role.
    static let words: [(word: String, kind: EndpointKind, role: EndpointRole)] = [
        ("rds", .other, .datastore), ("aurora", .other, .datastore), ("dsql", .postgres, .datastore),
        ("postgres", .postgres, .datastore),
        ("postgresql", .postgres, .datastore), ("mysql", .mysql, .datastore), ("mariadb", .mysql, .datastore),
        ("mssql", .mssql, .datastore), ("sql", .other, .datastore), ("cloudsql", .other, .datastore),
        ("elasticache", .redis, .datastore), ("redis", .redis, .datastore), ("memorydb", .redis, .datastore),
        ("memory-db", .redis, .datastore), ("dynamodb", .other, .datastore), ("docdb", .mongodb, .datastore),
        ("documentdb", .mongodb, .datastore), ("cosmosdb", .other, .datastore), ("bigquery", .other, .datastore),
        ("spanner", .other, .datastore), ("redshift", .other, .datastore), ("opensearch", .elasticsearch, .datastore),
        ("elasticsearch", .elasticsearch, .datastore), ("s3-bucket", .s3, .objectStorage),
        ("storage-account", .other, .objectStorage), ("storage-bucket", .other, .objectStorage),
        ("cloud-storage", .other, .objectStorage), ("sqs", .other, .queue), ("sns", .other, .queue),
        ("msk", .kafka, .queue), ("msk-kafka-cluster", .kafka, .queue), ("kafka", .kafka, .queue),
        ("pubsub", .other, .queue), ("servicebus", .amqp, .queue), ("eventhub", .kafka, .queue),
        ("rabbitmq", .amqp, .queue),
    ]

    static let engineAttributes = ["engine", "engine_type", "database_version"]

    /// The module's name from its source: `terraform-aws-modules/rds-aurora/aws` → `rds-aurora`;
    /// `git::https://…/terraform-aws-s3-bucket.git?ref=v1` → `terraform-aws-s3-bucket`; `../modules/db` → `db`.
    static func name(ofSource source: String) -> String {
        var s = Substring(source)
        if let q = s.firstIndex(of: "?") { s = s[..<q] }
        // `…//subdir`: a module inside a package (`terraform-google-modules/sql-db/google//modules/mysql`);
        // the subdir names what is created.
        if let sub = s.range(of: "//", options: .backwards), sub.lowerBound > s.startIndex,
            s[s.index(before: sub.lowerBound)] != ":"
        {
            s = s[sub.upperBound...]
        }
        let parts = s.split(separator: "/").map(String.init)
        // Registry addresses are namespace/name/provider.
        if !s.hasPrefix("."), !s.contains(":"), parts.count == 3 { return parts[1].lowercased() }
        var last = (parts.last ?? "").lowercased()
        if last.hasSuffix(".git") { last.removeLast(4) }
        return last
    }

    /// The provider a registry address names (`…/rds/aws` → `aws`).
    static func provider(ofSource source: String) -> String? {
        var package = Substring(source)
        if let sub = package.range(of: "//"), sub.lowerBound > package.startIndex,
            package[package.index(before: sub.lowerBound)] != ":"
        {
            package = package[..<sub.lowerBound]
        }
        let parts = package.split(separator: "/")
        guard !source.hasPrefix("."), !source.contains(":"), parts.count == 3 else { return nil }
        return String(parts[2])
    }

    /// The provider a region's spelling gives away when nothing else names it: AWS writes
    /// `eu-north-1`, Google `europe-north1`, Azure `norwayeast`.
    static func provider(ofRegion region: String) -> String? {
        let r = region.lowercased()
        let parts = r.split(separator: "-")
        if parts.count >= 3, parts[0].count == 2, parts.last!.allSatisfy(\.isNumber) { return "aws" }
        if parts.count == 2, let last = parts.last, last.last?.isNumber == true, last.first?.isLetter == true {
            return "google"
        }
        if parts.count == 1, r.allSatisfy({ $0.isLetter || $0.isNumber }), r.count > 4,
            ["east", "west", "north", "south", "central"].contains(where: { r.contains($0) })
        {
            return "azurerm"
        }
        return nil
    }

    static func classify(source: String, engine: String?) -> (kind: EndpointKind, role: EndpointRole)? {
        if let engine, !engine.isEmpty {
            let kind = ManagedResourceTypes.kind(forEngine: engine, default: .other)
            if kind != .other { return (kind, kind == .amqp ? .queue : .datastore) }
        }
        let name = name(ofSource: source)
        guard !name.isEmpty, name != ".", name != ".." else { return nil }
        let tokens = Set(name.split(whereSeparator: { $0 == "-" || $0 == "_" }).map(String.init))
        for w in words where w.word.contains("-") ? name.contains(w.word) : tokens.contains(w.word) {
            return (w.kind, w.role)
        }
        return nil
    }
}
