import Foundation

/// Finds the geolocation databases to use when none is named: `$RESIDENCY_GEOIP_DB`, then
/// geoipupdate's folders, then a country database built once from Debian's `tor-geoipdb` and
/// cached. Named or configured files that cannot be opened are errors, never skipped.
public struct GeodataLocator: Sendable {
    public static let geoipupdateFolders = ["/usr/share/GeoIP", "/var/lib/GeoIP", "/usr/local/share/GeoIP"]
    public static let locationNames = [
        "GeoIP2-City.mmdb", "GeoLite2-City.mmdb", "GeoIP2-Country.mmdb", "GeoLite2-Country.mmdb",
    ]
    public static let asnNames = ["GeoLite2-ASN.mmdb", "GeoIP2-ASN.mmdb"]
    public static let torFiles = ["/usr/share/tor/geoip", "/usr/share/tor/geoip6"]

    public var environment: [String: String]
    public var folders: [String]
    public var torFiles: [String]

    public init(
        environment: [String: String] = ProcessInfo.processInfo.environment,
        folders: [String] = GeodataLocator.geoipupdateFolders,
        torFiles: [String] = GeodataLocator.torFiles
    ) {
        self.environment = environment
        self.folders = folders
        self.torFiles = torFiles
    }

    /// Opens the databases named, or found, or built.
    public func databases(geoipDBs: [String], asnDB: String?) throws(GeolocationError) -> GeoDatabases {
        let location: [MaxMindDatabase]
        if !geoipDBs.isEmpty {
            location = try geoipDBs.map { path throws(GeolocationError) in try MaxMindDatabase(path: path) }
        } else if let configured = environment["RESIDENCY_GEOIP_DB"], !configured.isEmpty {
            location = try configured.split(separator: ":").map { path throws(GeolocationError) in
                try MaxMindDatabase(path: String(path))
            }
        } else if let found = firstExisting(Self.locationNames) {
            location = [try MaxMindDatabase(path: found)]
        } else {
            location = [try MaxMindDatabase(path: try torCountryDatabase())]
        }
        let asn: MaxMindDatabase?
        if let asnDB {
            asn = try MaxMindDatabase(path: asnDB)
        } else if geoipDBs.isEmpty, let found = firstExisting(Self.asnNames) {
            asn = try MaxMindDatabase(path: found)
        } else {
            asn = nil
        }
        return GeoDatabases(location: location, asn: asn)
    }

    private func firstExisting(_ names: [String]) -> String? {
        for folder in folders {
            for name in names {
                let path = folder + "/" + name
                if FileManager.default.isReadableFile(atPath: path) { return path }
            }
        }
        return nil
    }

    /// `$XDG_CACHE_HOME/residency`, else `~/.cache/residency`.
    public var cacheFolder: String {
        if let xdg = environment["XDG_CACHE_HOME"], xdg.hasPrefix("/") { return xdg + "/residency" }
        let home = environment["HOME"] ?? NSHomeDirectory()
        return home + "/.cache/residency"
    }

    /// The cached country database for the installed tor-geoipdb, built when the source changed
    /// (the name carries each source file's size and modification time).
    public func torCountryDatabase() throws(GeolocationError) -> String {
        var key: [String] = []
        var sources: [String] = []
        var newest = Date(timeIntervalSince1970: 0)
        for file in torFiles {
            guard let attributes = try? FileManager.default.attributesOfItem(atPath: file) else { continue }
            let size = (attributes[.size] as? NSNumber)?.int64Value ?? 0
            let modified = attributes[.modificationDate] as? Date ?? Date(timeIntervalSince1970: 0)
            key.append("\(size)-\(Int64(modified.timeIntervalSince1970))")
            sources.append(file)
            newest = max(newest, modified)
        }
        guard !sources.isEmpty else {
            throw .noGeodata(
                "no geolocation database: pass --geoip-db FILE, set RESIDENCY_GEOIP_DB, "
                    + "install GeoLite2 with geoipupdate, or install tor-geoipdb (apt-get install tor-geoipdb)")
        }
        let path = cacheFolder + "/tor-geoip-country-" + key.joined(separator: "-") + ".mmdb"
        if FileManager.default.fileExists(atPath: path), (try? MaxMindDatabase(path: path)) != nil { return path }
        do {
            try FileManager.default.createDirectory(atPath: cacheFolder, withIntermediateDirectories: true)
        } catch {
            throw .cannotWrite(path: cacheFolder, reason: error.localizedDescription)
        }
        // The data is as old as the export; the files' date is the closest we know of it.
        let writer = try TorGeoIPImport.writer(paths: sources, buildDate: newest)
        do { try writer.write(to: URL(fileURLWithPath: path)) } catch {
            throw .cannotWrite(path: path, reason: error.description)
        }
        return path
    }
}
