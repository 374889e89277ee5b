import ConfigFiles
import ResidencyCore

extension ProviderCatalogue {
    /// Reads a catalogue file (shape in `providers/catalogue.yaml`); every unknown key, unknown
    /// region table, invalid pattern or dangling provider id is an error with file and line.
    public static func load(yaml: String, file: String) throws -> ProviderCatalogue {
        let root = try ConfigNode.parse(yaml, file: file)
        let top = try root.fields(
            "catalogue", required: ["version"], optional: ["reviewed", "regionTables", "providers", "asns"])
        try ConfigNode.checkVersion(top.required("version"), what: "catalogue")
        let reviewed = try top.optional("reviewed").map { try $0.day("reviewed") }

        var tables: [String: [String: String]] = [:]
        var sites: [String: [RegionSite]] = [:]
        for (name, _, value) in try top.optional("regionTables")?.entries("regionTables") ?? [] {
            let fields = try value.fields("region table \(name)", required: ["source", "codes"], optional: ["sites"])
            _ = try fields.required("source").nonEmptyString("source")
            var codes: [String: String] = [:]
            for (code, _, country) in try fields.required("codes").entries("codes of \(name)") {
                codes[code.lowercased()] = try countryCode(country, what: "country of region \(code)")
            }
            tables[name] = codes
            if let node = try fields.optional("sites") {
                sites[name] = try regionSites(node, table: name, codes: codes)
            }
        }

        var providers: [CatalogueProvider] = []
        var services: [CatalogueService] = []
        for node in try top.optional("providers")?.sequence("providers") ?? [] {
            let f = try node.fields(
                "provider", required: ["id", "name", "legalEntity", "legalSeat", "usJurisdiction", "source"],
                optional: ["dpf", "services"])
            let idNode = try f.required("id")
            let id = try idNode.nonEmptyString("id")
            if providers.contains(where: { $0.id == id }) { throw idNode.fail("duplicate provider id '\(id)'") }
            providers.append(
                CatalogueProvider(
                    id: id, name: try f.required("name").nonEmptyString("name"),
                    legalEntity: try f.required("legalEntity").nonEmptyString("legalEntity"),
                    legalSeat: try countryCode(f.required("legalSeat"), what: "legalSeat"),
                    usJurisdiction: try f.required("usJurisdiction").bool("usJurisdiction"),
                    source: try f.required("source").nonEmptyString("source"),
                    dpf: try f.optional("dpf").map(dpfCheck) ?? .unknown))
            for s in try f.optional("services")?.sequence("services") ?? [] {
                services.append(try service(s, providerID: id, tables: tables))
            }
        }

        var asns: [Int: String] = [:]
        for (key, keyLine, value) in try top.optional("asns")?.entries("asns") ?? [] {
            guard let asn = Int(key), asn > 0, asn < 4_294_967_296 else {
                throw ConfigFileError(file: file, line: keyLine, message: "asns: '\(key)' is not an AS number")
            }
            let id = try value.nonEmptyString("provider of AS\(asn)")
            guard providers.contains(where: { $0.id == id }) else {
                throw value.fail("AS\(asn): unknown provider '\(id)'")
            }
            asns[asn] = id
        }
        return ProviderCatalogue(
            providers: providers, services: services, regionTables: tables, regionSites: sites,
            asns: asns, reviewed: reviewed)
    }

    /// `sites: {region code: {city, latitude, longitude}}`, in file order; each code must be one of
    /// the table's, whose country the site takes, so a site cannot disagree with its region.
    private static func regionSites(_ node: ConfigNode, table: String, codes: [String: String]) throws -> [RegionSite] {
        try node.entries("sites of \(table)").map { code, keyLine, value in
            guard let country = codes[code.lowercased()] else {
                throw ConfigFileError(
                    file: node.file, line: keyLine, message: "sites of \(table): '\(code)' is not a region of the table"
                )
            }
            let f = try value.fields("site \(table)/\(code)", required: ["city", "latitude", "longitude"])
            return RegionSite(
                table: table, region: code.lowercased(), country: country,
                city: try f.required("city").nonEmptyString("city"),
                latitude: try f.required("latitude").number("latitude", in: -90...90),
                longitude: try f.required("longitude").number("longitude", in: -180...180))
        }
    }

    /// `dpf: {certified: true|false|unknown, checked: YYYY-MM-DD, source: "..."}`; a `true` or
    /// `false` needs the day and source of the check, an `unknown` says why in `source`.
    private static func dpfCheck(_ node: ConfigNode) throws -> DPFCheck {
        let f = try node.fields("dpf", required: ["certified", "source"], optional: ["checked"])
        let certifiedNode = try f.required("certified")
        let text = try certifiedNode.string("dpf.certified")
        guard let certified = DPFCheck.Certified(rawValue: text) else {
            throw certifiedNode.fail("dpf.certified must be true, false or unknown, not '\(text)'")
        }
        let checked = try f.optional("checked").map { try $0.day("dpf.checked") }
        if certified != .unknown && checked == nil {
            throw node.fail("dpf: a certified: \(text) needs the day it was checked (checked: YYYY-MM-DD)")
        }
        return DPFCheck(
            certified: certified, checked: checked, source: try f.required("source").nonEmptyString("dpf.source"))
    }

    private static func service(
        _ node: ConfigNode, providerID: String, tables: [String: [String: String]]
    ) throws -> CatalogueService {
        let f = try node.fields(
            "service", required: ["service", "kind", "role", "pattern", "examples", "nearMisses"],
            optional: ["regionTable", "country"])
        let kindNode = try f.required("kind")
        let roleNode = try f.required("role")
        let patternNode = try f.required("pattern")
        let kindText = try kindNode.string("kind")
        guard let kind = EndpointKind(rawValue: kindText) else { throw kindNode.fail("unknown kind '\(kindText)'") }
        let roleText = try roleNode.string("role")
        guard let role = EndpointRole(rawValue: roleText) else { throw roleNode.fail("unknown role '\(roleText)'") }
        let pattern = try patternNode.nonEmptyString("pattern")
        var codes: [String]?
        var tableName: String?
        if let t = try f.optional("regionTable") {
            let name = try t.string("regionTable")
            guard let table = tables[name] else { throw t.fail("unknown region table '\(name)'") }
            codes = Array(table.keys)
            tableName = name
        }
        if pattern.contains("{region}") && codes == nil {
            throw patternNode.fail("pattern uses {region} but names no regionTable")
        }
        let compiled: CompiledPattern
        do { compiled = try CompiledPattern(pattern: pattern, regionCodes: codes) } catch {
            throw patternNode.fail("invalid pattern: \(error)")
        }
        let examplesNode = try f.required("examples")
        let missesNode = try f.required("nearMisses")
        let examples = try examplesNode.sequence("examples").map { node -> (host: String, region: String?) in
            let text = try node.nonEmptyString("example")
            if let at = text.firstIndex(of: "@") {
                return (String(text[..<at]), String(text[text.index(after: at)...]))
            }
            return (text, nil)
        }
        if examples.isEmpty { throw examplesNode.fail("every service needs at least one example host") }
        let misses = try missesNode.sequence("nearMisses").map { try $0.nonEmptyString("near miss") }
        if misses.isEmpty { throw missesNode.fail("every service needs at least one near miss") }
        return CatalogueService(
            providerID: providerID, service: try f.required("service").nonEmptyString("service"), kind: kind,
            role: role,
            pattern: pattern, regionTable: tableName,
            country: try f.optional("country").map { try countryCode($0, what: "country") },
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
