import ConfigFiles
import ResidencyCore

extension ProviderCatalogue {
    /// Reads a catalogue file (shape in `providers/catalogue.yaml`); every unknown key, unknown
    /// region table, invalid pattern or dangling provider id is an error with file and line.
    public static func load(yaml: String, file: String) throws -> ProviderCatalogue {
        let root = try ConfigNode.parse(yaml, file: file)
        let top = try root.fields("catalogue", required: ["version"], optional: ["reviewed", "regionTables", "providers", "asns"])
        try ConfigNode.checkVersion(top["version"], what: "catalogue")
        let reviewed = try top["reviewed"].map { try $0.day("reviewed") }

        var tables: [String: [String: String]] = [:]
        for (name, _, value) in try top["regionTables"]?.entries("regionTables") ?? [] {
            let fields = try value.fields("region table \(name)", required: ["source", "codes"])
            _ = try fields["source"]!.nonEmptyString("source")
            var codes: [String: String] = [:]
            for (code, _, country) in try fields["codes"]!.entries("codes of \(name)") {
                codes[code.lowercased()] = try countryCode(country, what: "country of region \(code)")
            }
            tables[name] = codes
        }

        var providers: [CatalogueProvider] = []
        var services: [CatalogueService] = []
        for node in try top["providers"]?.sequence("providers") ?? [] {
            let f = try node.fields("provider", required: ["id", "name", "legalEntity", "legalSeat", "usJurisdiction", "source"],
                                    optional: ["dpf", "services"])
            let id = try f["id"]!.nonEmptyString("id")
            if providers.contains(where: { $0.id == id }) { throw f["id"]!.fail("duplicate provider id '\(id)'") }
            providers.append(CatalogueProvider(
                id: id, name: try f["name"]!.nonEmptyString("name"),
                legalEntity: try f["legalEntity"]!.nonEmptyString("legalEntity"),
                legalSeat: try countryCode(f["legalSeat"]!, what: "legalSeat"),
                usJurisdiction: try f["usJurisdiction"]!.bool("usJurisdiction"),
                source: try f["source"]!.nonEmptyString("source"),
                dpf: try f["dpf"].map(dpfCheck) ?? .unknown))
            for s in try f["services"]?.sequence("services") ?? [] {
                services.append(try service(s, providerID: id, tables: tables))
            }
        }

        var asns: [Int: String] = [:]
        for (key, keyLine, value) in try top["asns"]?.entries("asns") ?? [] {
            guard let asn = Int(key), asn > 0, asn < 4_294_967_296 else {
                throw ConfigFileError(file: file, line: keyLine, message: "asns: '\(key)' is not an AS number")
            }
            let id = try value.nonEmptyString("provider of AS\(asn)")
            guard providers.contains(where: { $0.id == id }) else { throw value.fail("AS\(asn): unknown provider '\(id)'") }
            asns[asn] = id
        }
        return ProviderCatalogue(providers: providers, services: services, regionTables: tables, asns: asns, reviewed: reviewed)
    }

    /// `dpf: {certified: true|false|unknown, checked: YYYY-MM-DD, source: "..."}`; a `true` or
    /// `false` needs the day and source of the check, an `unknown` says why in `source`.
    private static func dpfCheck(_ node: ConfigNode) throws -> DPFCheck {
        let f = try node.fields("dpf", required: ["certified", "source"], optional: ["checked"])
        let text = try f["certified"]!.string("dpf.certified")
        guard let certified = DPFCheck.Certified(rawValue: text) else {
            throw f["certified"]!.fail("dpf.certified must be true, false or unknown, not '\(text)'")
        }
        let checked = try f["checked"].map { try $0.day("dpf.checked") }
        if certified != .unknown && checked == nil { throw node.fail("dpf: a certified: \(text) needs the day it was checked (checked: YYYY-MM-DD)") }
        return DPFCheck(certified: certified, checked: checked, source: try f["source"]!.nonEmptyString("dpf.source"))
    }


    private static func service(_ node: ConfigNode, providerID: String, tables: [String: [String: String]]) throws -> CatalogueService {
        let f = try node.fields("service", required: ["service", "kind", "role", "pattern", "examples", "nearMisses"],
                                optional: ["regionTable", "country"])
        let kindText = try f["kind"]!.string("kind")
        guard let kind = EndpointKind(rawValue: kindText) else { throw f["kind"]!.fail("unknown kind '\(kindText)'") }
        let roleText = try f["role"]!.string("role")
        guard let role = EndpointRole(rawValue: roleText) else { throw f["role"]!.fail("unknown role '\(roleText)'") }
        let pattern = try f["pattern"]!.nonEmptyString("pattern")
        var codes: [String]?
        var tableName: String?
        if let t = f["regionTable"] {
            let name = try t.string("regionTable")
            guard let table = tables[name] else { throw t.fail("unknown region table '\(name)'") }
            codes = Array(table.keys)
            tableName = name
        }
        if pattern.contains("{region}") && codes == nil { throw f["pattern"]!.fail("pattern uses {region} but names no regionTable") }
        let compiled: CompiledPattern
        do { compiled = try CompiledPattern(pattern: pattern, regionCodes: codes) } catch {
            throw f["pattern"]!.fail("invalid pattern: \(error)")
        }
        let examples = try f["examples"]!.sequence("examples").map { node -> (host: String, region: String?) in
            let text = try node.nonEmptyString("example")
            if let at = text.firstIndex(of: "@") { return (String(text[..<at]), String(text[text.index(after: at)...])) }
            return (text, nil)
        }
        if examples.isEmpty { throw f["examples"]!.fail("every service needs at least one example host") }
        let misses = try f["nearMisses"]!.sequence("nearMisses").map { try $0.nonEmptyString("near miss") }
        if misses.isEmpty { throw f["nearMisses"]!.fail("every service needs at least one near miss") }
        return CatalogueService(providerID: providerID, service: try f["service"]!.nonEmptyString("service"), kind: kind, role: role,
                                pattern: pattern, regionTable: tableName,
                                country: try f["country"].map { try countryCode($0, what: "country") },
                                examples: examples, nearMisses: misses, regex: compiled)
    }

    static func countryCode(_ node: ConfigNode, what: String) throws -> String {
        let s = try node.string(what)
        guard s.count == 2, s.allSatisfy({ $0.isASCII && $0.isUppercase }) else {
            throw node.fail("\(what) must be an ISO 3166-1 alpha-2 code in capitals, not '\(s)'")
        }
        return s
    }
}
