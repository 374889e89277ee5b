import ConfigFiles
import Foundation
import ResidencyCore

extension EstateFile {
    /// Reads and validates an estate file from disk. With `knownRules` (the rule ids and
    /// categories of the policy stage), a suppression naming anything else is an error at its
    /// line, so a misspelt rule cannot silently suppress nothing.
    public static func load(path: String, knownRules: Set<String>? = nil) throws -> EstateFile {
        try parse(yaml: try ConfigText.read(path: path, what: "estate file"), file: path, knownRules: knownRules)
    }

    public static func parse(yaml: String, file: String, knownRules: Set<String>? = nil) throws -> EstateFile {
        let root = try ConfigNode.parse(yaml, file: file)
        let top = try root.fields(
            "estate file", required: [],
            optional: ["version", "sites", "networks", "hosts", "clusters", "suppressions", "nginx", "connections"])
        try ConfigNode.checkVersion(top.optional("version"), what: "estate file")
        var estate = EstateFile()

        for (name, _, node) in try top.optional("sites")?.entries("sites") ?? [] {
            let f = try node.fields(
                "site \(name)", required: ["country"],
                optional: ["city", "latitude", "longitude", "provider", "jurisdiction"])
            let lat = try f.optional("latitude").map { try $0.number("latitude", in: -90...90) }
            let lon = try f.optional("longitude").map { try $0.number("longitude", in: -180...180) }
            estate.sites[name] = EstateSite(
                name: name,
                country: try ProviderCatalogue.countryCode(f.required("country"), what: "site \(name): country"),
                city: try f.optional("city")?.nonEmptyString("city"), latitude: lat, longitude: lon,
                provider: try f.optional("provider")?.nonEmptyString("provider"),
                jurisdiction: try f.optional("jurisdiction").map {
                    try ProviderCatalogue.countryCode($0, what: "jurisdiction")
                })
        }

        func site(_ node: ConfigNode, _ what: String) throws -> String {
            let name = try node.nonEmptyString(what)
            guard estate.sites[name] != nil else {
                throw node.fail("\(what): unknown site '\(name)' (declare it under sites)")
            }
            return name
        }

        for (cidr, keyLine, node) in try top.optional("networks")?.entries("networks") ?? [] {
            guard let network = IPNetwork(cidr: cidr) else {
                throw ConfigFileError(
                    file: file, line: keyLine,
                    message: "networks: '\(cidr)' is not a CIDR block (address/prefix, host bits zero)")
            }
            estate.networks.append(
                EstateNetwork(network: network, site: try site(node, "network \(cidr)"), line: keyLine))
        }

        func purpose(_ node: ConfigNode, _ what: String) throws -> EstatePurpose {
            let text = try node.nonEmptyString(what)
            guard let p = EstatePurpose(rawValue: text) else {
                throw node.fail("\(what): unknown purpose '\(text)' (known: batch, request)")
            }
            return p
        }

        for (pattern, keyLine, node) in try top.optional("hosts")?.entries("hosts") ?? [] {
            // `name: SITE|ADDRESS`, or `name: {site|address: …, purpose: batch}`.
            var target: EstateHost.Target?
            var hostPurpose = EstatePurpose.request
            if node.node.scalar != nil {
                let value = try node.nonEmptyString("host \(pattern)")
                if let ip = IPAddress(value) {
                    target = .address(ip)
                } else if estate.sites[value] != nil {
                    target = .site(value)
                } else {
                    throw node.fail("host \(pattern): '\(value)' is neither a site nor an IP address")
                }
            } else {
                let f = try node.fields("host \(pattern)", required: [], optional: ["site", "address", "purpose"])
                let siteNode = try f.optional("site")
                let addressNode = try f.optional("address")
                let purposeNode = try f.optional("purpose")
                guard siteNode == nil || addressNode == nil else {
                    throw node.fail("host \(pattern): give a site or an address, not both")
                }
                guard siteNode != nil || addressNode != nil || purposeNode != nil else {
                    throw node.fail("host \(pattern): give a site, an address and/or a purpose")
                }
                if let s = siteNode { target = .site(try site(s, "host \(pattern)")) }
                if let a = addressNode {
                    let text = try a.nonEmptyString("host \(pattern): address")
                    guard let ip = IPAddress(text) else {
                        throw a.fail("host \(pattern): '\(text)' is not an IP address")
                    }
                    target = .address(ip)
                }
                if let p = purposeNode { hostPurpose = try purpose(p, "host \(pattern): purpose") }
            }
            let p = pattern.lowercased()
            guard !p.isEmpty, !p.utf8.contains(UInt8(ascii: " ")) else {
                throw ConfigFileError(
                    file: file, line: keyLine, message: "hosts: '\(pattern)' is not a host name or glob")
            }
            estate.hosts.append(
                EstateHost(pattern: p, target: target, purpose: hostPurpose, line: keyLine, glob: .host(p)))
        }

        for node in try top.optional("connections")?.sequence("connections") ?? [] {
            let f = try node.fields("connection", required: ["from", "to", "purpose"])
            let toNode = try f.required("to")
            let to = try toNode.nonEmptyString("connection: to")
            guard !to.utf8.contains(UInt8(ascii: " ")) else { throw toNode.fail("connection: '\(to)' is not a host name or glob") }
            estate.connections.append(
                EstateConnection(
                    from: try f.required("from").nonEmptyString("connection: from"), to: to,
                    purpose: try purpose(f.required("purpose"), "connection: purpose"), line: node.line))
        }

        for (name, _, node) in try top.optional("clusters")?.entries("clusters") ?? [] {
            if node.node.scalar != nil {
                estate.clusters.append(
                    EstateCluster(name: name, site: try site(node, "cluster \(name)"), namespaces: []))
            } else {
                let f = try node.fields("cluster \(name)", required: ["site"], optional: ["namespaces"])
                let namespaces =
                    try f.optional("namespaces")?.sequence("namespaces").map { try $0.nonEmptyString("namespace") }
                    ?? []
                estate.clusters.append(
                    EstateCluster(
                        name: name, site: try site(f.required("site"), "cluster \(name)"), namespaces: namespaces))
            }
        }

        for node in try top.optional("suppressions")?.sequence("suppressions") ?? [] {
            let f = try node.fields(
                "suppression", required: ["rule", "reason", "expires"], optional: ["host", "path", "resource"])
            let host = try f.optional("host")
            let path = try f.optional("path")
            let resource = try f.optional("resource")
            guard host != nil || path != nil || resource != nil else {
                throw node.fail("suppression: give a host, a path and/or a resource")
            }
            let ruleNode = try f.required("rule")
            let expiresNode = try f.required("expires")
            let rule = try ruleNode.nonEmptyString("rule")
            if let knownRules, !knownRules.contains(rule) {
                let near = knownRules.filter { editDistance($0, rule) <= 2 }.sorted()
                throw ruleNode.fail(
                    "suppression: unknown rule or category '\(rule)'"
                        + (near.isEmpty
                            ? " (`residency explain` lists them)"
                            : " (did you mean \(near.joined(separator: " or "))?)"))
            }
            let expires = try expiresNode.nonEmptyString("expires")
            guard isDate(expires) else { throw expiresNode.fail("expires must be a date YYYY-MM-DD, not '\(expires)'") }
            estate.suppressions.append(
                EstateSuppression(
                    rule: rule, host: try host?.nonEmptyString("host"),
                    path: try path?.nonEmptyString("path"), resource: try resource?.nonEmptyString("resource"),
                    reason: try f.required("reason").nonEmptyString("reason"), expires: expires, line: node.line))
        }
        if let node = try top.optional("nginx") {
            // nginx: {version: "1.29.7"}: the release that runs the audited nginx configs.
            let f = try node.fields("nginx", required: ["version"])
            let versionNode = try f.required("version")
            let text = try versionNode.nonEmptyString("nginx.version")
            guard let version = NginxVersion(text) else {
                throw versionNode.fail(
                    "nginx.version must be a release number MAJOR.MINOR.PATCH such as \"1.29.7\", not '\(text)'")
            }
            estate.nginxVersion = version
        }
        return estate
    }

    /// Levenshtein distance, for "did you mean" on a misspelt rule.
    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a)
        let b = Array(b)
        var previous = Array(0...b.count)
        for i in 1...max(a.count, 1) where !a.isEmpty {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...max(b.count, 1) where !b.isEmpty {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return a.isEmpty ? b.count : previous[b.count]
    }

    /// A real calendar date in `YYYY-MM-DD` (2027-02-30 is not).
    static func isDate(_ text: String) -> Bool {
        let parts = text.split(separator: "-")
        guard text.count == 10, parts.count == 3, let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]),
            parts[0].count == 4, (1...12).contains(m), d >= 1
        else { return false }
        let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
        return d <= days
    }
}
