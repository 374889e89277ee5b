import ArgumentParser
import Geolocation

/// `--geoip-db` (repeatable) and `--asn-db`: the databases a command reads.
struct GeoDatabaseOptions: ParsableArguments {
    @Option(name: .customLong("geoip-db"), help: ArgumentHelp(
        "A country or city MMDB (GeoIP2/GeoLite2, or from `geo compile`); repeatable. Default: $RESIDENCY_GEOIP_DB, geoipupdate's folders, then tor-geoipdb.",
        valueName: "file"))
    var geoipDBs: [String] = []

    @Option(name: .customLong("asn-db"), help: ArgumentHelp("An ASN MMDB (GeoLite2-ASN layout).", valueName: "file"))
    var asnDB: String?

    func open() throws -> GeoDatabases {
        do {
            return try GeodataLocator().databases(geoipDBs: geoipDBs, asnDB: asnDB)
        } catch {
            throw GeoExit.fail(error)
        }
    }
}
