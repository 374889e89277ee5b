import ConfigFiles
import ResidencyCore

/// One policy file as written (version 1): its name, what it extends, and the sections it sets.
/// Sections are read strictly: unknown keys, wrong shapes and bad values name file and line.
struct PolicyFile {
    var name: String
    var extends: [(name: String, line: Int?)]
    var residency: ResidencyPolicy?
    var jurisdiction: JurisdictionPolicy?
    var latency: LatencyPolicy?
    var geodata: GeodataPolicy?
    /// The day the file's facts were last checked (`reviewed: YYYY-MM-DD`), when it says.
    var reviewed: String?

    static func parse(yaml: String, file: String) throws -> PolicyFile {
        let root = try ConfigNode.parse(yaml, file: file)
        let f = try root.fields(
            "policy", required: ["version", "name"],
            optional: ["description", "reviewed", "extends", "residency", "jurisdiction", "latency", "geodata"])
        try ConfigNode.checkVersion(f.required("version"), what: "policy")
        var p = PolicyFile(name: try f.required("name").nonEmptyString("name"), extends: [])
        if let ext = try f.optional("extends") {
            p.extends = try ext.sequence("extends").map { (try $0.nonEmptyString("extends entry"), $0.line) }
        }
        if let n = try f.optional("description") { _ = try n.string("description") }
        if let n = try f.optional("reviewed") { p.reviewed = try n.day("reviewed") }
        if let n = try f.optional("residency") { p.residency = try residency(n) }
        if let n = try f.optional("jurisdiction") { p.jurisdiction = try jurisdiction(n) }
        if let n = try f.optional("latency") { p.latency = try latency(n) }
        if let n = try f.optional("geodata") { p.geodata = try geodata(n) }
        return p
    }

    private static func residency(_ n: ConfigNode) throws -> ResidencyPolicy {
        let f = try n.fields(
            "residency", required: ["allowedCountries"],
            optional: ["adequacyCountries", "allowAdequacy", "persistenceRoles", "transferRoles", "severity"])
        var r = ResidencyPolicy(allowedCountries: try countries(f.required("allowedCountries"), "allowedCountries"))
        if let a = try f.optional("adequacyCountries") { r.adequacyCountries = try countries(a, "adequacyCountries") }
        if let a = try f.optional("allowAdequacy") { r.allowAdequacy = try a.bool("allowAdequacy") }
        if let a = try f.optional("persistenceRoles") { r.persistenceRoles = try roles(a, "persistenceRoles") }
        if let a = try f.optional("transferRoles") { r.transferRoles = try roles(a, "transferRoles") }
        if let s = try f.optional("severity") {
            let sv = try s.fields(
                "residency.severity", required: [], optional: ["persistence", "transfer", "unknownLocation"])
            if let x = try sv.optional("persistence") { r.persistenceSeverity = try severity(x, "persistence") }
            if let x = try sv.optional("transfer") { r.transferSeverity = try severity(x, "transfer") }
            if let x = try sv.optional("unknownLocation") {
                r.unknownLocationSeverity = try severity(x, "unknownLocation")
            }
        }
        if let both = r.persistenceRoles.intersection(r.transferRoles).first {
            throw n.fail("residency: role '\(both.rawValue)' is both a persistence and a transfer role")
        }
        return r
    }

    private static func jurisdiction(_ n: ConfigNode) throws -> JurisdictionPolicy {
        let f = try n.fields(
            "jurisdiction", required: ["flagged"], optional: ["severity", "supplementaryMeasures", "alternatives"])
        var j = JurisdictionPolicy(flagged: try countries(f.required("flagged"), "flagged"))
        if let s = try f.optional("severity") {
            let sv = try s.fields("jurisdiction.severity", required: [], optional: ["persistence", "transfer"])
            if let x = try sv.optional("persistence") { j.severity = try severity(x, "persistence") }
            if let x = try sv.optional("transfer") { j.transferSeverity = try severity(x, "transfer") }
        }
        if let m = try f.optional("supplementaryMeasures") {
            j.supplementaryMeasures = try m.sequence("supplementaryMeasures").map { try $0.nonEmptyString("measure") }
        }
        if let a = try f.optional("alternatives") {
            let validKeys = Set(EndpointKind.allCases.map(\.rawValue)).union(EndpointRole.allCases.map(\.rawValue))
            for (key, keyLine, value) in try a.entries("alternatives") {
                guard validKeys.contains(key) else {
                    throw PolicyError(
                        file: n.file, line: keyLine,
                        message: "alternatives: '\(key)' is neither an endpoint kind nor a role")
                }
                j.alternatives[key] = try value.sequence("alternatives.\(key)").map {
                    try $0.nonEmptyString("alternative")
                }
            }
        }
        return j
    }

    private static func latency(_ n: ConfigNode) throws -> LatencyPolicy {
        let f = try n.fields(
            "latency", required: ["origin", "model", "budgets"], optional: ["datastoreRoundTrips", "severity"])
        let o = try f.required("origin").fields(
            "latency.origin", required: ["name", "country", "latitude", "longitude"])
        let origin = LatencyPolicy.Origin(
            name: try o.required("name").nonEmptyString("name"), country: try country(o.required("country")),
            latitude: try o.required("latitude").number("latitude", in: NumberRanges.latitude),
            longitude: try o.required("longitude").number("longitude", in: NumberRanges.longitude))
        let m = try f.required("model").fields(
            "latency.model", required: ["stretch", "fixedMs"],
            optional: ["fibreKmPerMs", "tcpHandshakeRoundTrips", "tlsHandshakeRoundTrips"])
        var model = RoundTripModel(
            stretch: try m.required("stretch").number("stretch", in: NumberRanges.stretch),
            fixedMs: try m.required("fixedMs").number("fixedMs", in: NumberRanges.fixedMs))
        if let x = try m.optional("fibreKmPerMs") {
            model.fibreKmPerMs = try x.number("fibreKmPerMs", in: NumberRanges.fibreKmPerMs)
        }
        if let x = try m.optional("tcpHandshakeRoundTrips") {
            model.tcpHandshakeRoundTrips = try x.wholeNumber(
                "tcpHandshakeRoundTrips", in: NumberRanges.handshakeRoundTrips)
        }
        if let x = try m.optional("tlsHandshakeRoundTrips") {
            model.tlsHandshakeRoundTrips = try x.wholeNumber(
                "tlsHandshakeRoundTrips", in: NumberRanges.handshakeRoundTrips)
        }
        let b = try f.required("budgets").fields("latency.budgets", required: ["hopMs", "chainMs"])
        var l = LatencyPolicy(
            origin: origin, model: model, hopBudgetMs: try positive(b.required("hopMs"), "hopMs"),
            chainBudgetMs: try positive(b.required("chainMs"), "chainMs"))
        if let x = try f.optional("datastoreRoundTrips") {
            l.datastoreRoundTrips = try x.wholeNumber("datastoreRoundTrips", in: NumberRanges.datastoreRoundTrips)
        }
        if let s = try f.optional("severity") {
            let sv = try s.fields("latency.severity", required: [], optional: ["latency", "connectionReuse"])
            if let x = try sv.optional("latency") { l.severity = try severity(x, "latency") }
            if let x = try sv.optional("connectionReuse") {
                l.connectionReuseSeverity = try severity(x, "connectionReuse")
            }
        }
        return l
    }

    private static func geodata(_ n: ConfigNode) throws -> GeodataPolicy {
        let f = try n.fields("geodata", required: ["maxAgeDays"], optional: ["severity"])
        var g = GeodataPolicy(
            maxAgeDays: try f.required("maxAgeDays").wholeNumber("maxAgeDays", in: NumberRanges.maxAgeDays))
        if let s = try f.optional("severity") { g.severity = try severity(s, "geodata.severity") }
        return g
    }

    // MARK: - Values

    private static func country(_ n: ConfigNode) throws -> String {
        let s = try n.string("country code")
        guard s.count == 2, s.allSatisfy({ $0.isASCII && $0.isUppercase }) else {
            throw n.fail(
                "'\(s)' is not an ISO 3166-1 alpha-2 country code (two capital letters; quote \"NO\", which YAML 1.1 reads as false)"
            )
        }
        return s
    }

    private static func countries(_ n: ConfigNode, _ what: String) throws -> Set<String> {
        let list = try n.sequence(what).map(country)
        guard Set(list).count == list.count else { throw n.fail("\(what): a country is listed twice") }
        return Set(list)
    }

    private static func roles(_ n: ConfigNode, _ what: String) throws -> Set<EndpointRole> {
        Set(
            try n.sequence(what).map { item in
                let s = try item.string("role")
                guard let role = EndpointRole(rawValue: s) else {
                    throw item.fail(
                        "\(what): unknown role '\(s)' (known: \(EndpointRole.allCases.map(\.rawValue).joined(separator: ", ")))"
                    )
                }
                return role
            })
    }

    private static func severity(_ n: ConfigNode, _ what: String) throws -> Severity {
        let s = try n.string(what)
        guard let v = Severity(rawValue: s) else {
            throw n.fail("\(what): unknown severity '\(s)' (known: critical, high, medium, low, info)")
        }
        return v
    }

    /// A budget: greater than 0, at most `NumberRanges.budgetMs`.
    private static func positive(_ n: ConfigNode, _ what: String) throws -> Double {
        let v = try n.double(what)
        guard v > 0 else { throw n.fail("\(what) must be greater than 0") }
        return try n.number(what, in: NumberRanges.budgetMs)
    }
}
